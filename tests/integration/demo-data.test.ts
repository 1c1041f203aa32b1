import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/app.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { createCprCipher } from '../../src/participants/cpr.ts';
import type { DatabaseHandle } from '../../src/platform/db.ts';
import { openTestDatabase } from '../support/database.ts';
import { Client } from '../support/server.ts';

let database: DatabaseHandle;
let app: App;
let baseUrl: string;
beforeAll(async () => {
  database = await openTestDatabase();
  const cpr = createCprCipher(randomBytes(32));
  expect(await seedDemo(database.db, cpr)).toBe(true);
  app = await buildApp({ database, cpr, logLevel: 'silent', serveWeb: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const count = async (table: 'participants' | 'users' | 'journal_notes' | 'attendance' | 'goals') =>
  (await database.db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow())
    .n;

describe('demo data', () => {
  it('has one partnership, twelve courses with notes, attendance and goals, and is created only once', async () => {
    expect(await count('participants')).toBe(12);
    const before = {
      users: await count('users'),
      notes: await count('journal_notes'),
      days: await count('attendance'),
    };
    expect(before.notes).toBeGreaterThan(12);
    expect(before.days).toBeGreaterThan(12 * 10);
    // Two goals each, and for the two interns a health goal with a sub-goal the company never sees.
    expect(await count('goals')).toBe(28);
    expect(await seedDemo(database.db, createCprCipher(randomBytes(32)))).toBe(false);
    expect({
      users: await count('users'),
      notes: await count('journal_notes'),
      days: await count('attendance'),
    }).toEqual(before);
  });

  it('signs in every demo role with the password "demo"', async () => {
    for (const username of ['koordinator', 'sagsbehandler', 'mentor', 'virksomhedsmentor', 'ung', 'leder']) {
      await expect(Client.signIn(baseUrl, username, 'demo')).resolves.toBeInstanceOf(Client);
    }
  });

  it('gives each role the caseload its consents allow', async () => {
    const caseload = async (username: string) =>
      (await (await Client.signIn(baseUrl, username, 'demo')).request('GET', '/api/caseload')).body.items
        .length;
    expect(await caseload('koordinator')).toBe(12);
    // One young person has not agreed to share with the job centre.
    expect(await caseload('sagsbehandler')).toBe(11);
    expect(await caseload('virksomhedsmentor')).toBe(2);
    const young = await Client.signIn(baseUrl, 'ung', 'demo');
    expect((await young.request('GET', '/api/me/courses')).body.courses).toHaveLength(1);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('on a real PostgreSQL server', () => {
  it('starts the app with migrations and no demo data', async () => {
    const serverUrl = process.env.TEST_DATABASE_URL ?? '';
    const name = `vivirk_main_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        PORT: String(port),
        HOST: '127.0.0.1',
        VIVIRK_CPR_KEY: randomBytes(32).toString('hex'),
      },
      stdio: 'ignore',
    });
    try {
      let health: Response | undefined;
      for (let i = 0; i < 60 && !health?.ok; i++) {
        await new Promise((r) => setTimeout(r, 500));
        health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
      }
      expect(await health?.json()).toMatchObject({ database: { state: 'up', kind: 'postgres' } });
      const check = new pg.Client({ connectionString: url.toString() });
      await check.connect();
      const users = await check.query('select count(*)::int as n from users');
      await check.end();
      expect(users.rows[0].n).toBe(0);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
