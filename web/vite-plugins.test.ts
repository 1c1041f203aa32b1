import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codePointRanges, slimCss, woff2CodePoints } from './vite-plugins.ts';

const dkfdsCss = fileURLToPath(new URL('../node_modules/dkfds/dist/css/dkfds.css', import.meta.url));
const split = fileURLToPath(
  new URL('../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/', import.meta.url),
);

describe("dkfds's stylesheet, slimmed at build (issue 11)", () => {
  const tokens = new Set(['used', 'also-used', 'own']);

  it('keeps the rules whose classes the app names and drops the others, selector by selector', () => {
    const css = [
      '.used { color: red }',
      '.unused { color: blue }',
      '.used, .unused-too { margin: 0 }',
      'h1.used > .also-used { padding: 0 }',
      'h1.used > .gone { padding: 1px }',
      'button:not(.never-named) { border: 0 }',
      '#own { top: 0 } #other { top: 1px }',
      'p, [hidden] { display: block }',
      '@media (min-width: 600px) { .unused { color: green } .used { color: black } }',
      '@media print { .unused { color: green } }',
    ].join('\n');
    const out = slimCss(css, '/x/dkfds.css', tokens).replace(/\s+/g, ' ');
    expect(out).toContain('.used { color: red; }');
    expect(out).not.toContain('.unused');
    expect(out).toContain('.used { margin: 0; }');
    expect(out).toContain('h1.used > .also-used');
    expect(out).not.toContain('.gone');
    expect(out).toContain('button:not(.never-named)');
    expect(out).toContain('#own');
    expect(out).not.toContain('#other');
    expect(out).toContain('p, [hidden]');
    expect(out).toContain('color: #000');
    expect(out).not.toContain('print');
  });

  it("gives dkfds's own @font-face rules woff2 files only, with Latin-1 cuts tried first", () => {
    const out = slimCss(readFileSync(dkfdsCss, 'utf8'), dkfdsCss, new Set());
    const faces = out.match(/@font-face\s*{[^}]*}/g) ?? [];
    const plex = faces.filter((f) => f.includes('IBM Plex Sans'));
    expect(plex.length).toBeGreaterThanOrEqual(8 * 2);
    for (const face of plex) {
      expect(face).toMatch(/\.woff2"\) format\("woff2"\)/);
      expect(face).not.toMatch(/\.(woff|eot|ttf)"/);
    }
    const regular = plex.filter((f) => /font-weight: 400/.test(f) && /font-style: normal/.test(f));
    // The complete face first, the Latin-1 cut last (of faces alike the later is tried first).
    expect(regular[0]).toContain('/complete/woff2/IBMPlexSans-Regular.woff2');
    expect(regular.at(-1)).toContain('/split/woff2/IBMPlexSans-Regular-Latin1.woff2');
    expect(regular.at(-1)).toMatch(/unicode-range: [^;]*U\+A0-FF/);
  });
});

describe('a woff2 font’s characters, for its unicode-range', () => {
  it("reads the Latin-1 cut's cmap: Danish letters in, Polish ł and the arrow out", () => {
    const points = new Set(woff2CodePoints(`${split}IBMPlexSans-Regular-Latin1.woff2`));
    for (const c of 'AZaz09æøåÆØÅé€–“”') expect(points.has(c.codePointAt(0) ?? 0), c).toBe(true);
    expect(points.has(0x142)).toBe(false); // ł
    expect(points.has(0x2192)).toBe(false); // →
    expect(new Set(woff2CodePoints(`${split}IBMPlexSans-Regular-Pi.woff2`)).has(0x2192)).toBe(true);
  });

  it('joins code points into ranges', () => {
    expect(codePointRanges([0x20, 0x21, 0x22, 0x41, 0x43, 0x44])).toEqual([
      { start: 0x20, end: 0x22 },
      { start: 0x41, end: 0x41 },
      { start: 0x43, end: 0x44 },
    ]);
  });
});
