import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/app.ts';
import { createCprCipher } from '../../src/participants/cpr.ts';
import type { DatabaseHandle } from '../../src/platform/db.ts';
import { immutableCache } from '../../src/platform/serve-web.ts';
import { openTestDatabase } from '../support/database.ts';

/**
 * The built web app as the server sends it (issue 11): a folder shaped like web/dist, with a
 * hashed script and its .br and .gz beside it as the build writes them (web/vite-plugins.ts).
 * The compressed copies differ from a fresh compression of the original only in being the ones
 * on disk: a marker in each proves which file was sent.
 */
describe('the web app over the wire', () => {
  let database: DatabaseHandle;
  let app: App;
  let dir: string;
  const script = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;
  const shell =
    '<!doctype html><html lang="da"><head><script type="module" src="/assets/shell-AbC123.js"></script></head><body><div id="root"></div></body></html>\n';

  const manifest = {
    '_shell-AbC123.js': { file: 'assets/shell-AbC123.js', name: 'shell' },
    'src/courses/CaseloadPage.tsx': {
      file: 'assets/CaseloadPage-Ee5.js',
      isDynamicEntry: true,
      imports: ['_shell-AbC123.js', '_QueueLink-Ff6.js'],
    },
    '_QueueLink-Ff6.js': { file: 'assets/QueueLink-Ff6.js', imports: ['_shell-AbC123.js'] },
    'src/courses/CoursePage.tsx': { file: 'assets/CoursePage-Gg7.js', imports: ['_shell-AbC123.js'] },
    'src/courses/Overview.tsx': { file: 'assets/Overview-Hh8.js', imports: ['_shell-AbC123.js'] },
    'src/participants/OwnPage.tsx': {
      file: 'assets/OwnPage-Ii9.js',
      imports: ['_shell-AbC123.js', '_QueueLink-Ff6.js'],
      css: ['assets/own-page-Jj0.css'],
    },
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'vivirk-web-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), shell);
    writeFileSync(path.join(dir, 'index.html.gz'), gzipSync(shell));
    writeFileSync(path.join(dir, 'assets', 'shell-AbC123.js'), script);
    writeFileSync(path.join(dir, 'assets', 'shell-AbC123.js.br'), brotliCompressSync(`${script}// br\n`));
    writeFileSync(path.join(dir, 'assets', 'shell-AbC123.js.gz'), gzipSync(`${script}// gz\n`));
    // A font: never compressed at build, sent as it is.
    writeFileSync(path.join(dir, 'assets', 'Plex-Q1w2E3.woff2'), randomBytes(512));
    // The build's manifest (web/vite.config.ts `build.manifest`), as Vite writes it: the shell chunk
    // (index.html names it; no entry for index.html itself) and the pages' chunks with their imports.
    mkdirSync(path.join(dir, '.vite'));
    writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
    database = await openTestDatabase();
    app = await buildApp({
      database,
      cpr: createCprCipher(randomBytes(32)),
      logLevel: 'silent',
      webRoot: dir,
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, encoding?: string) =>
    app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

  it('sends a hashed asset as its brotli file to a browser that accepts br, cached for a year as immutable', async () => {
    const res = await get('/assets/shell-AbC123.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['cache-control']).toBe(immutableCache);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(`${script}// br\n`);
  });

  it('sends the gzip file to a browser that accepts only gzip, and the file itself to one that accepts neither', async () => {
    const gz = await get('/assets/shell-AbC123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(`${script}// gz\n`);
    expect(gz.headers['cache-control']).toBe(immutableCache);

    const plain = await get('/assets/shell-AbC123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    expect(plain.headers['cache-control']).toBe(immutableCache);
  });

  it('sends a file that has no compressed copy as it is, still immutable', async () => {
    const res = await get('/assets/Plex-Q1w2E3.woff2', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.rawPayload.length).toBe(512);
    expect(res.headers['cache-control']).toBe(immutableCache);
  });

  it('revalidates index.html on every load (no-cache), compressed where it can be', async () => {
    for (const url of ['/', '/index.html']) {
      const res = await get(url, 'gzip');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(gunzipSync(res.rawPayload).toString(), url).toBe(shell);
    }
  });

  it('answers a client route (deep, with a query) with the shell, no-cache, and a missing file or API route with 404', async () => {
    for (const url of [
      '/forloeb/8f0a6c1e-0000-4000-8000-000000000000/maal',
      '/min-side',
      '/moeder?visning=uge',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(shell);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      // The strict CSP stays on the shell.
      expect(String(res.headers['content-security-policy']), url).not.toContain('unsafe-inline');
    }
    const missing = await get('/assets/shell-Old999.js', 'br');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).not.toBe(immutableCache);
    const api = await get('/api/no-such-thing');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  const linksOf = (header: unknown) =>
    String(header ?? '')
      .split(', ')
      .filter(Boolean);

  it("names the own page's first read, its chunks and stylesheet in a Link header on the shell it sends for /min-side", async () => {
    // The .br/.gz copy of the shell is what a browser gets: the header is on it too.
    for (const encoding of ['br, gzip', 'gzip', undefined]) {
      for (const url of ['/min-side', '/min-side/', '/min-side?fra=mail']) {
        const res = await get(url, encoding);
        expect(res.statusCode).toBe(200);
        expect(linksOf(res.headers.link), `${url} ${encoding}`).toEqual([
          '</api/me/courses>; rel=preload; as=fetch; crossorigin',
          '</assets/OwnPage-Ii9.js>; rel=modulepreload',
          '</assets/QueueLink-Ff6.js>; rel=modulepreload',
          '</assets/own-page-Jj0.css>; rel=preload; as=style; crossorigin',
        ]);
      }
    }
  });

  it('sends no Link header for any other address (the caseload and a course measured slower with one)', async () => {
    for (const url of [
      '/',
      '/moeder',
      '/index.html',
      '/forloeb/8f0a6c1e-0000-4000-8000-000000000000',
      '/min-side/hvem-har-set',
    ]) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers.link, url).toBeUndefined();
    }
    // Nor on the assets themselves.
    expect((await get('/assets/shell-AbC123.js', 'br')).headers.link).toBeUndefined();
    // The manifest itself is the server's: not sent.
    for (const url of ['/.vite/manifest.json', '/%2Evite/manifest.json', '/.vite/manifest.json.br'])
      expect((await get(url)).statusCode, url).toBe(404);
  });
});
