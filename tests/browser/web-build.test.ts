import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildManifest, pageHints } from '../../src/platform/serve-web.ts';
import { ensureWebBuild } from './support.ts';

/**
 * The built web app stays light for a phone on mobile data (issue 11). Runs in the browser step,
 * which builds web/dist first: what a first visit fetches before any page of its own is the
 * scripts index.html names and everything they import statically.
 */
const dist = fileURLToPath(new URL('../../web/dist', import.meta.url));
const assets = path.join(dist, 'assets');
const GZIP_BUDGET = 200_000;

/** index.html's scripts and module preloads, and their static imports, transitively. */
function initialScripts(): string[] {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const named = [
    ...html.matchAll(
      /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/assets\/([^"]+\.js)"/g,
    ),
  ].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(assets, file), 'utf8');
    // Static imports only (`import … from"./x.js"`, `import"./x.js"`); `import("./x.js")` is a later chunk.
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(m[1] ?? '');
  };
  for (const file of named) visit(file);
  return [...seen];
}

describe('the built web app', () => {
  beforeAll(() => ensureWebBuild());

  it(`loads at most ${GZIP_BUDGET / 1000} KB of gzipped script before the first page's own chunk, and no charts`, () => {
    const files = initialScripts();
    expect(files.length).toBeGreaterThan(0);
    let total = 0;
    for (const file of files) {
      // The build writes the .gz the server sends: its size is what goes over the wire.
      const gz = path.join(assets, `${file}.gz`);
      expect(existsSync(gz), `${file}.gz`).toBe(true);
      expect(existsSync(path.join(assets, `${file}.br`)), `${file}.br`).toBe(true);
      total += statSync(gz).size;
      // ECharts (its internal markers) comes only with a chart.
      expect(readFileSync(path.join(assets, file), 'utf8'), file).not.toContain('__ec_inner');
    }
    console.log(`first load: ${files.length} scripts, ${(total / 1000).toFixed(1)} KB gzipped`);
    expect(total).toBeLessThanOrEqual(GZIP_BUDGET);
  });

  it('emits its fonts as woff2 only, and its stylesheet without the design system’s unused components', () => {
    const names = readdirSync(assets);
    expect(names.filter((n) => /\.woff2$/.test(n)).length).toBeGreaterThan(0);
    expect(names.filter((n) => /\.(woff|eot|ttf|otf)$/.test(n))).toEqual([]);
    const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
    const css = [...html.matchAll(/rel="stylesheet"[^>]*href="\/assets\/([^"]+\.css)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(css.length).toBe(1);
    const sheet = readFileSync(path.join(assets, css[0] ?? ''), 'utf8');
    // dkfds's stylesheet alone was 215 KB minified; the app uses a small part of it.
    expect(sheet.length).toBeLessThan(80_000);
    // A rule for a component (not a mention inside another rule's :not()).
    const styles = (component: string) => new RegExp(`(^|[{},])[\\w.#-]*\\.${component}\\b`).test(sheet);
    expect(styles('button-primary')).toBe(true);
    expect(styles('toast')).toBe(false);
    expect(styles('accordion')).toBe(false);
    // Nothing inline: the CSP allows only the app's own files.
    expect(html).not.toMatch(/<style|<script(?![^>]*\bsrc=)/);
  });

  it("has a manifest that names the own page's chunks, so the server can hint them (a page renamed would lose them)", () => {
    const manifest = JSON.parse(
      readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'),
    ) as BuildManifest;
    const links = (
      pageHints(manifest, readFileSync(path.join(dist, 'index.html'), 'utf8'))('/min-side') ?? ''
    ).split(', ');
    expect(links[0]).toBe('</api/me/courses>; rel=preload; as=fetch; crossorigin');
    const chunks = links
      .filter((l) => l.endsWith('rel=modulepreload'))
      .map((l) => l.slice('</assets/'.length, l.indexOf('>')));
    expect(chunks.some((c) => c.startsWith('OwnPage-'))).toBe(true);
    // Each named chunk exists, and none is one the shell loads already.
    const shell = initialScripts();
    for (const chunk of chunks) {
      expect(existsSync(path.join(assets, chunk)), chunk).toBe(true);
      expect(shell, chunk).not.toContain(chunk);
    }
  });
});
