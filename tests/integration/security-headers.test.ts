import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/app.ts';
import { createCprCipher } from '../../src/participants/cpr.ts';
import type { DatabaseHandle } from '../../src/platform/db.ts';
import { openTestDatabase } from '../support/database.ts';

describe('security headers', () => {
  let database: DatabaseHandle;
  let plain: App;
  let secure: App;

  beforeAll(async () => {
    database = await openTestDatabase();
    const cpr = createCprCipher(randomBytes(32));
    plain = await buildApp({ database, cpr, logLevel: 'silent', serveWeb: false });
    secure = await buildApp({ database, cpr, logLevel: 'silent', serveWeb: false, secureCookies: true });
  });
  afterAll(async () => {
    await plain.close();
    await secure.close();
    await database.close();
  });

  it('sends a strict CSP, nosniff, no framing and no referrer on answers and on errors alike', async () => {
    for (const url of ['/api/health', '/api/courses/00000000-0000-0000-0000-000000000000', '/nowhere']) {
      const res = await plain.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('sends the very same security headers on later requests as helmet set on the first', async () => {
    const names = [
      'content-security-policy',
      'cross-origin-opener-policy',
      'cross-origin-resource-policy',
      'origin-agent-cluster',
      'referrer-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-dns-prefetch-control',
      'x-download-options',
      'x-frame-options',
      'x-permitted-cross-domain-policies',
      'x-xss-protection',
    ];
    const cpr = createCprCipher(randomBytes(32));
    const fresh = await buildApp({ database, cpr, logLevel: 'silent', serveWeb: false, secureCookies: true });
    try {
      const pick = (headers: Record<string, unknown>) =>
        Object.fromEntries(names.map((n) => [n, headers[n]]));
      const first = pick((await fresh.inject({ method: 'GET', url: '/api/health' })).headers);
      for (const n of names) expect(first[n], n).toBeDefined();
      for (const url of ['/api/health', '/nowhere', '/api/courses/00000000-0000-0000-0000-000000000000'])
        expect(pick((await fresh.inject({ method: 'GET', url })).headers), url).toEqual(first);
    } finally {
      await fresh.close();
    }
  });

  it('sends HSTS only when the site runs on HTTPS (secure cookies)', async () => {
    const overHttp = await plain.inject({ method: 'GET', url: '/api/health' });
    expect(overHttp.headers['strict-transport-security']).toBeUndefined();
    const overHttps = await secure.inject({ method: 'GET', url: '/api/health' });
    expect(overHttps.headers['strict-transport-security']).toMatch(/max-age=31536000/);
  });
});
