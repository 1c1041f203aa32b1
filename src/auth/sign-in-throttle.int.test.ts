import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { PASSWORD } from '../../tests/support/world.ts';

let server: TestServer;
beforeAll(async () => {
  // Behind a proxy, so the tests can speak from different addresses.
  server = await startTestServer({ trustProxy: true });
});
afterAll(() => server?.close());

const from = (address: string) => ({ 'x-forwarded-for': address });
const login = (username: string, password: string, address: string, client = new Client(server.baseUrl)) =>
  client.request('POST', '/api/auth/login', { username, password }, from(address));

describe('sign-in throttling', () => {
  it('checks at most 5 passwords when 30 wrong ones arrive at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, () => login('leader', 'wrong-password', '203.0.113.7')),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(25);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    const attempts = await server.database.db
      .selectFrom('login_attempts')
      .select('id')
      .where('username', '=', 'leader')
      .execute();
    expect(attempts.length).toBeLessThanOrEqual(5);
  });

  it('locks out the guesser, not the person whose account it is', async () => {
    // The same leader account, locked above from 203.0.113.7, signs in from their own address.
    expect((await login('leader', PASSWORD, '203.0.113.7')).status).toBe(429);
    expect((await login('leader', PASSWORD, '198.51.100.20')).status).toBe(200);
  });

  it('throttles one address trying many usernames', async () => {
    const names = Array.from({ length: 35 }, (_, i) => `nobody${i}`);
    const statuses: number[] = [];
    for (const name of names) statuses.push((await login(name, 'x', '192.0.2.99')).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    // Another address is not affected.
    expect((await login('coordinator', PASSWORD, '192.0.2.100')).status).toBe(200);
  });
});

describe('sessions', () => {
  const idOf = (client: Client) =>
    createHash('sha256')
      .update(decodeURIComponent((client.cookie ?? '').split('=')[1] ?? ''))
      .digest('hex')
      .slice(0, 16);

  it('signing in again ends the session the browser presented', async () => {
    const browser = await Client.signIn(server.baseUrl, 'caseworker');
    const before = browser.cookie;
    expect((await browser.request('GET', '/api/auth/me')).status).toBe(200);
    // The same browser (cookie sent along) signs in again.
    expect((await login('caseworker', PASSWORD, '198.51.100.21', browser)).status).toBe(200);
    expect(browser.cookie).not.toBe(before);
    const stale = new Client(server.baseUrl);
    stale.cookie = before;
    expect((await stale.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('lets a person see and end their other sessions, and only their own', async () => {
    const phone = await Client.signIn(server.baseUrl, 'workshopmentor');
    const desk = await Client.signIn(server.baseUrl, 'workshopmentor');
    const list = await desk.request('GET', '/api/auth/sessions');
    expect(list.status).toBe(200);
    const ids = list.body.sessions.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining([idOf(phone), idOf(desk)]));
    expect(list.body.sessions.find((s: { current: boolean }) => s.current).id).toBe(idOf(desk));
    expect(JSON.stringify(list.body)).not.toContain(
      decodeURIComponent((desk.cookie ?? '').split('=')[1] ?? ''),
    );

    const other = await Client.signIn(server.baseUrl, 'jobconsultant');
    expect((await other.request('POST', `/api/auth/sessions/${idOf(phone)}/end`)).status).toBe(404);
    expect((await desk.request('POST', `/api/auth/sessions/${idOf(phone)}/end`)).status).toBe(200);
    expect((await phone.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await desk.request('GET', '/api/auth/me')).status).toBe(200);
  });
});
