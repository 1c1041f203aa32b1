import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type CustomAtRules, type Selector, transform, type Visitor } from 'lightningcss';
import type { Plugin } from 'vite';

/**
 * Build-only plugins for the web app on a phone over mobile data (issue 11).
 *
 * - `slimDesignSystem`: dkfds's stylesheet is 250 KB for every component it has; the app uses a
 *   few. Rules whose selectors name a class (or id) that appears nowhere in the app's sources
 *   are left out, and its @font-face rules point at the woff2 files only (every browser we serve
 *   reads woff2; the eot, woff and ttf copies were emitted, and the regular face listed woff
 *   first, so a phone downloaded it).
 * - `precompress`: a `.br` and a `.gz` beside each compressible file in the output, which the
 *   server sends as they are (src/platform/serve-web.ts).
 */

const sourceFile = /\.(tsx?|html)$/;

/** Every word-like token in the app's sources: any class the app can name is among them. */
export function sourceTokens(dirs: string[]): Set<string> {
  const tokens = new Set<string>();
  const walk = (entry: string) => {
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      for (const name of readdirSync(entry)) walk(path.join(entry, name));
    } else if (sourceFile.test(entry) && !entry.endsWith('.test.ts')) {
      for (const token of readFileSync(entry, 'utf8').match(/[A-Za-z0-9_-]+/g) ?? []) tokens.add(token);
    }
  };
  for (const dir of dirs) walk(dir);
  return tokens;
}

/**
 * Whether a selector can match anything the app renders: each class and id outside a
 * pseudo-class's argument must be one the sources name. Element, attribute and pseudo selectors
 * are kept as they are (what `:not(.x)` needs is not known here, so it keeps the selector).
 */
export function selectorUsed(selector: Selector, tokens: Set<string>): boolean {
  return selector.every((part) =>
    part.type === 'class' || part.type === 'id' ? tokens.has(part.name) : true,
  );
}

/** Unused rules out, @font-face on woff2 only; exported for the unit test. */
export function slimCss(css: string, filename: string, tokens: Set<string>) {
  const visitor: Visitor<CustomAtRules> = {
    Rule: {
      style(rule) {
        const selectors = rule.value.selectors;
        const used = selectors.filter((s) => selectorUsed(s, tokens));
        if (used.length === selectors.length) return undefined;
        if (used.length === 0) return [];
        return { ...rule, value: { ...rule.value, selectors: used } };
      },
      'font-face'(rule) {
        const properties = rule.value.properties.map((p) =>
          p.type === 'source'
            ? {
                ...p,
                value: p.value.filter((s) => s.type === 'url' && s.value.format?.type === 'woff2'),
              }
            : p,
        );
        const source = properties.find((p) => p.type === 'source');
        // local() faces (dkfds's "system") have no file to choose: left alone.
        if (!source || source.value.length === 0) return undefined;
        return { ...rule, value: { ...rule.value, properties } };
      },
    },
  };
  return transform({ filename, code: Buffer.from(css), visitor, errorRecovery: true }).code.toString();
}

export function slimDesignSystem({ sources, match }: { sources: string[]; match: RegExp }): Plugin {
  let tokens: Set<string> | null = null;
  return {
    name: 'vivirk:slim-design-system',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      tokens = sourceTokens(sources);
    },
    transform(code, id) {
      if (!match.test(id.replace(/\?.*/, ''))) return null;
      return { code: slimCss(code, id, tokens ?? sourceTokens(sources)), map: null };
    },
  };
}

const compressible = /\.(js|mjs|css|html|svg|json|txt|map)$/;

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'vivirk:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
          const file = path.join(dir, name);
          if (statSync(file).isDirectory()) walk(file);
          else if (compressible.test(name)) {
            const raw = readFileSync(file);
            const br = brotliCompressSync(raw, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            });
            const gz = gzipSync(raw, { level: 9 });
            // Only where it saves something: the server falls back to the file itself.
            if (br.length < raw.length) writeFileSync(`${file}.br`, br);
            if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
          }
        }
      };
      walk(outDir);
    },
  };
}
