import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gzipSync } from 'node:zlib';
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
/** dkfds's split IBM Plex files used beside the complete ones, least likely first. */
const subsets = ['Pi', 'Latin2', 'Latin1'];

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

/**
 * Unused rules out; each @font-face on its woff2 file only, with the Latin-1 cut of it beside
 * (dkfds ships both); exported for the unit test.
 */
export function slimCss(css: string, filename: string, tokens: Set<string>) {
  const visitor: Visitor<CustomAtRules> = {
    Rule: {
      // An @media whose every rule goes, goes too (its rules are visited after it).
      media(rule) {
        const kept = rule.value.rules.some(
          (r) => r.type !== 'style' || r.value.selectors.some((s) => selectorUsed(s, tokens)),
        );
        return kept ? undefined : [];
      },
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
        const complete = { ...rule, value: { ...rule.value, properties } };
        // Beside the complete face, its cuts for Western European text (Latin1, a third of the
        // bytes), Central European names (Latin2) and arrows and signs (Pi): a face is fetched only
        // for characters in its unicode-range, and of faces alike the later is tried first, so a
        // Danish page loads the small cuts and never the complete one.
        const first = source.value[0];
        if (first?.type !== 'url') return complete;
        const cuts = subsets.flatMap((subset) => {
          const url = first.value.url.url
            .replace('/complete/woff2/', '/split/woff2/')
            .replace(/\.woff2$/, `-${subset}.woff2`);
          const file = path.resolve(path.dirname(filename), url);
          if (url === first.value.url.url || !existsSync(file)) return [];
          return [
            {
              ...rule,
              value: {
                ...rule.value,
                properties: [
                  ...properties.filter((p) => p.type !== 'source' && p.type !== 'unicode-range'),
                  {
                    type: 'source' as const,
                    value: [{ ...first, value: { ...first.value, url: { ...first.value.url, url } } }],
                  },
                  { type: 'unicode-range' as const, value: codePointRanges(woff2CodePoints(file)) },
                ],
              },
            },
          ];
        });
        return [complete, ...cuts];
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

/** The code points a WOFF2 font maps (its cmap table), for an exact unicode-range. */
export function woff2CodePoints(file: string): number[] {
  const buf = readFileSync(file);
  if (buf.toString('latin1', 0, 4) !== 'wOF2') throw new Error(`${file} is not WOFF2`);
  const numTables = buf.readUInt16BE(12);
  let pos = 48;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = buf.readUInt8(pos++);
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    throw new Error(`${file}: bad UIntBase128`);
  };
  // The table directory: the tables follow each other, unpadded, in one brotli stream.
  const tables: { tag: number; length: number }[] = [];
  for (let t = 0; t < numTables; t++) {
    const flags = buf.readUInt8(pos++);
    const tag = flags & 0x3f; // 0 is cmap; 63: a four-letter tag follows
    if (tag === 63) pos += 4;
    const version = flags >> 6;
    const length = base128();
    const transformed = tag === 10 || tag === 11 ? version === 0 : version !== 0; // glyf, loca
    tables.push({ tag, length: transformed ? base128() : length });
  }
  const data = brotliDecompressSync(buf.subarray(pos));
  let offset = 0;
  const points = new Set<number>();
  for (const table of tables) {
    if (table.tag === 0) {
      const cmap = data.subarray(offset, offset + table.length);
      for (let i = 0; i < cmap.readUInt16BE(2); i++) {
        const platform = cmap.readUInt16BE(4 + i * 8);
        const encoding = cmap.readUInt16BE(6 + i * 8);
        const at = cmap.readUInt32BE(8 + i * 8);
        const format = cmap.readUInt16BE(at);
        if (platform === 3 && encoding === 10 && format === 12) {
          for (let g = 0; g < cmap.readUInt32BE(at + 12); g++)
            for (let c = cmap.readUInt32BE(at + 16 + g * 12); c <= cmap.readUInt32BE(at + 20 + g * 12); c++)
              points.add(c);
        } else if (platform === 3 && encoding === 1 && format === 4) {
          const segments = cmap.readUInt16BE(at + 6) / 2;
          for (let s = 0; s < segments; s++) {
            const end = cmap.readUInt16BE(at + 14 + s * 2);
            const start = cmap.readUInt16BE(at + 16 + segments * 2 + s * 2);
            if (start !== 0xffff) for (let c = start; c <= end; c++) points.add(c);
          }
        }
      }
    }
    offset += table.length;
  }
  if (points.size === 0) throw new Error(`${file}: no cmap`);
  return [...points].sort((a, b) => a - b);
}

export function codePointRanges(points: number[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const point of points) {
    const last = ranges.at(-1);
    if (last && point === last.end + 1) last.end = point;
    else ranges.push({ start: point, end: point });
  }
  return ranges;
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
