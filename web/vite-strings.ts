import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The Danish strings travel with the modules that use them (issue 11): da.json is 86 KB, about a
 * sixth of the first script, and a page needs a few of its 58 sections. da.json stays the one file
 * translators edit; at build each section becomes a module of its own, and every app module that
 * names a section imports it, so the bundler puts the section in the chunk of the page that uses
 * it (or in a chunk shared by the pages that do). The section module hands its strings to
 * i18next when it runs, which is before any component of the module that imported it renders.
 *
 * "Names a section": a string literal that starts with the section's name and a dot
 * (`t('caseload.title')`, `` t(`tracks.${track}`) ``, `{ label: 'goals.area' }`), or is the
 * section's name given as a call's first argument (`labelFor('roles', role)`). A key put together
 * from data alone would slip through: the browser tests fail on any string missing at run time
 * (tests/browser/support.ts), and so does a reader's console.
 */
const virtualPrefix = 'virtual:vivirk-strings/';
const resolvedPrefix = `\0${virtualPrefix}`;

/**
 * The sections of `strings` that `code` names, sorted. A literal "section.key" counts when the
 * section has that key (or the rest is put together at run time: `` `tracks.${track}` ``), so a
 * permission's name such as 'goals.write' does not carry the goals' strings into the shell.
 */
export function sectionsNamed(code: string, strings: Readonly<Record<string, unknown>>): string[] {
  const found = new Set<string>();
  const has = (section: string) => Object.hasOwn(strings, section);
  for (const m of code.matchAll(/['"`]([A-Za-z][A-Za-z0-9]*)\.(\$\{|[A-Za-z0-9_]+)/g)) {
    const [, section = '', key = ''] = m;
    if (!has(section)) continue;
    const keys = strings[section];
    if (key === '${' || (typeof keys === 'object' && keys !== null && Object.hasOwn(keys, key)))
      found.add(section);
  }
  for (const m of code.matchAll(/\(\s*['"`]([A-Za-z][A-Za-z0-9]*)['"`]\s*,/g))
    if (has(m[1] ?? '')) found.add(m[1] ?? '');
  return [...found].sort();
}

export function stringsWithTheirModules({
  strings,
  sources,
  register,
}: {
  /** da.json. */
  strings: string;
  /** Where the app's modules are (web/src, and src/ for what the web app shares with the server). */
  sources: string[];
  /** The module whose `addStrings(section, strings)` hands a section to i18next. */
  register: string;
}): Plugin {
  let all: Record<string, unknown> = {};
  const read = () => {
    all = JSON.parse(readFileSync(strings, 'utf8')) as Record<string, unknown>;
  };
  return {
    name: 'vivirk-strings-with-their-modules',
    enforce: 'pre',
    buildStart() {
      read();
      this.addWatchFile(strings);
    },
    watchChange(id) {
      if (id === strings) read();
    },
    resolveId(id) {
      return id.startsWith(virtualPrefix) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(resolvedPrefix)) return undefined;
      const section = id.slice(resolvedPrefix.length);
      if (!Object.hasOwn(all, section)) this.error(`no section "${section}" in ${strings}`);
      // JSON.parse of a string literal: cheaper for the browser to read than an object literal.
      const text = JSON.stringify(JSON.stringify(all[section]));
      return `import { addStrings } from ${JSON.stringify(register)};\naddStrings(${JSON.stringify(section)}, JSON.parse(${text}));\n`;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!/\.tsx?$/.test(file) || file.endsWith('.test.ts') || file === register) return undefined;
      if (!sources.some((dir) => file.startsWith(dir))) return undefined;
      const used = sectionsNamed(code, all);
      if (!used.length) return undefined;
      const imports = used.map((section) => `import ${JSON.stringify(virtualPrefix + section)};`).join('');
      // On the first line, before the module's own code, so line numbers (source maps) stay put.
      return { code: imports + code, map: null };
    },
  };
}
