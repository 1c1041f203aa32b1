import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { PASSWORD } from '../../tests/support/world.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const sessionCount = async () =>
  (
    await server.database.db
      .selectFrom('sessions')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
  ).n;

describe('sign-in', () => {
  it('sets an httpOnly SameSite session cookie and answers who is signed in', async () => {
    const res = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'Coordinator', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^vivirk_sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await fetch(`${server.baseUrl}/api/auth/me`, {
      headers: { cookie: cookie.split(';')[0] ?? '' },
    });
    const body = await me.json();
    expect(body.user.username).toBe('coordinator');
    expect(body.csrfToken).toHaveLength(43);
  });

  it('gives a new session id at every sign-in, even when a session cookie is presented', async () => {
    const client = await Client.signIn(server.baseUrl, 'caseworker');
    const first = client.cookie;
    await client.request('POST', '/api/auth/login', { username: 'caseworker', password: PASSWORD });
    expect(client.cookie).not.toBe(first);
  });

  it('answers wrong credentials with one message whether or not the user exists', async () => {
    const client = new Client(server.baseUrl);
    const wrong = await client.request('POST', '/api/auth/login', {
      username: 'caseworker',
      password: 'nope',
    });
    const unknown = await client.request('POST', '/api/auth/login', { username: 'nobody', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('locks a username after 5 failures in 15 minutes, even for the right password, and audits it', async () => {
    const client = new Client(server.baseUrl);
    for (let i = 0; i < 5; i++) {
      const res = await client.request('POST', '/api/auth/login', {
        username: 'jobconsultant',
        password: `wrong-${i}`,
      });
      expect(res.status).toBe(401);
    }
    const locked = await client.request('POST', '/api/auth/login', {
      username: 'jobconsultant',
      password: PASSWORD,
    });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('locked');
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select(['action', 'object_id'])
      .where('action', '=', 'auth.lockout')
      .execute();
    expect(audit).toEqual([{ action: 'auth.lockout', object_id: server.world.users.jobConsultant }]);
    // Once the window has passed, the right password works again.
    await server.database.db
      .updateTable('login_attempts')
      .set({ attempted_at: sql`now() - interval '16 minutes'` })
      .where('username', '=', 'jobconsultant')
      .execute();
    expect(
      (await client.request('POST', '/api/auth/login', { username: 'jobconsultant', password: PASSWORD }))
        .status,
    ).toBe(200);
  });

  it('refuses unknown fields and a cross-origin sign-in', async () => {
    const client = new Client(server.baseUrl);
    const extra = await client.request('POST', '/api/auth/login', {
      username: 'a',
      password: 'b',
      admin: true,
    });
    expect(extra.status).toBe(400);
    expect(extra.body.error.field).toBe('body.admin');
    const foreign = await client.request(
      'POST',
      '/api/auth/login',
      { username: 'coordinator', password: PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
  });
});

describe('sessions', () => {
  it('ends a session idle for more than 30 minutes', async () => {
    const client = await Client.signIn(server.baseUrl, 'workshopmentor');
    expect((await client.request('GET', '/api/auth/me')).status).toBe(200);
    await server.database.db
      .updateTable('sessions')
      .set({ last_seen_at: sql`now() - interval '31 minutes'` })
      .where('user_id', '=', server.world.users.workshopMentor)
      .execute();
    expect((await client.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('ends a session 12 hours after sign-in however active it is', async () => {
    const client = await Client.signIn(server.baseUrl, 'leader');
    await server.database.db
      .updateTable('sessions')
      .set({ created_at: sql`now() - interval '12 hours 1 minute'` })
      .where('user_id', '=', server.world.users.leader)
      .execute();
    expect((await client.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('signs out: the session row is gone and the cookie no longer works', async () => {
    const client = await Client.signIn(server.baseUrl, 'companymentor');
    const cookie = client.cookie;
    const before = await sessionCount();
    expect((await client.request('POST', '/api/auth/logout')).status).toBe(200);
    expect(await sessionCount()).toBe(before - 1);
    client.cookie = cookie;
    expect((await client.request('GET', '/api/auth/me')).status).toBe(401);
  });
});

describe('audit log', () => {
  it('cannot be changed or deleted by the application role', async () => {
    await expect(sql`delete from audit_log`.execute(server.database.db)).rejects.toThrow(
      /permission denied|append-only/,
    );
    await expect(sql`update audit_log set purpose = 'x'`.execute(server.database.db)).rejects.toThrow(
      /permission denied|append-only/,
    );
    const role = await sql<{ r: string }>`select current_user as r`.execute(server.database.db);
    expect(role.rows[0]?.r).toBe('vivirk_app');
  });
});

describe('health', () => {
  it('reports the database as up with its migrations', async () => {
    const res = await new Client(server.baseUrl).request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body.database.state).toBe('up');
    expect(res.body.database.migrations).toBeGreaterThanOrEqual(1);
  });

  it('publishes OpenAPI generated from the schemas', async () => {
    const res = await new Client(server.baseUrl).request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/courses/{courseId}');
  });
});
