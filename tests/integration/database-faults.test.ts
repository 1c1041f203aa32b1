import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findPostgresBin,
  freePort,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '../../scripts/pg-throwaway.mjs';
import { createCprCipher } from '../../src/participants/cpr.ts';
import { openDatabase } from '../../src/platform/db.ts';
import { migrate } from '../../src/platform/migrate.ts';
import { Client } from '../support/server.ts';
import { buildWorld } from '../support/world.ts';

/**
 * The server as an operator runs it: its own process, on a real PostgreSQL that we crash and
 * restart under load, connecting as its own login role while migrations run as the owner.
 * Runs in the PostgreSQL pass only (it needs the server binaries for a cluster of its own).
 */
const runs = Boolean(process.env.TEST_DATABASE_URL) && findPostgresBin() !== null;

const APP_ROLE = 'vivirk_web';

describe.runIf(runs)('a real PostgreSQL that crashes and restarts', () => {
  let cluster: ThrowawayPostgres;
  let ownerUrl: string;
  let appUrl: string;
  let courseId: string;
  const cprKey = randomBytes(32).toString('hex');
  const servers: ChildProcess[] = [];

  beforeAll(async () => {
    // Durable settings (not the fast test ones): an acknowledged write must survive a crash.
    cluster = await startThrowawayPostgres();
    ownerUrl = cluster.url;
    const owner = await openDatabase({ databaseUrl: ownerUrl, poolSize: 2 });
    await migrate(owner.pool);
    // The app's login role: a member of vivirk_app that owns nothing (docs/operations.md).
    await owner.pool.query(`RESET ROLE; CREATE ROLE ${APP_ROLE} LOGIN IN ROLE vivirk_app`);
    const world = await buildWorld(owner.db, createCprCipher(Buffer.from(cprKey, 'hex')));
    courseId = world.courseA.courseId;
    await owner.close();
    const url = new URL(ownerUrl);
    url.username = APP_ROLE;
    appUrl = url.toString();
  });

  afterAll(async () => {
    for (const server of servers) server.kill('SIGKILL');
    cluster?.stopSync();
  });

  async function startServer() {
    const port = await freePort();
    const output: string[] = [];
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: appUrl,
        MIGRATION_DATABASE_URL: ownerUrl,
        VIVIRK_CPR_KEY: cprKey,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => output.push(String(d)));
    child.stderr?.on('data', (d) => output.push(String(d)));
    servers.push(child);
    return { child, baseUrl: `http://127.0.0.1:${port}`, output };
  }

  async function waitFor<T>(what: string, probe: () => Promise<T | null>, seconds: number): Promise<T> {
    const deadline = Date.now() + seconds * 1000;
    for (;;) {
      const value = await probe().catch(() => null);
      if (value !== null) return value;
      if (Date.now() > deadline) throw new Error(`timed out after ${seconds} s waiting for ${what}`);
      await sleep(200);
    }
  }

  const healthOf = async (baseUrl: string, cookie?: string) => {
    const res = await fetch(`${baseUrl}/api/health`, { headers: cookie ? { cookie } : {} });
    return { status: res.status, body: (await res.json()) as { database: { state: string } } };
  };

  it('stays alive through a crash under load, answers 503 meanwhile, recovers, and loses no acknowledged write', async () => {
    const server = await startServer();
    await waitFor(
      'the server to answer',
      async () => ((await healthOf(server.baseUrl)).status === 200 ? true : null),
      60,
    );
    const client = await Client.signIn(server.baseUrl, 'coordinator');

    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let during503WithRetryAfter = 0;
    let writing = true;
    const writer = async (n: number) => {
      for (let i = 0; writing; i++) {
        const body = `fault-test ${n}-${i}`;
        const res = await client
          .request('POST', `/api/courses/${courseId}/journal`, {
            date: '2025-02-03',
            body,
            visibility: 'team',
          })
          .catch(() => ({ status: 0, body: null }));
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 201) acknowledged.push(body);
        if (res.status === 503) {
          expect(res.body).toMatchObject({ error: { code: 'database_unavailable', field: null } });
          during503WithRetryAfter++;
          await sleep(100);
        }
      }
    };
    const load = Array.from({ length: 8 }, (_, n) => writer(n));
    await sleep(1_000);
    cluster.crash();
    await sleep(1_500);

    // The database is gone: the process lives, and says so truthfully, with or without a cookie.
    expect(server.child.exitCode).toBeNull();
    const down = await healthOf(server.baseUrl, client.cookie ?? undefined);
    expect(down.status).toBe(503);
    expect(down.body.database.state).toBe('down');
    const refused = await fetch(`${server.baseUrl}/api/courses/${courseId}`, {
      headers: { cookie: client.cookie ?? '' },
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);

    cluster.start();
    const restartedAt = Date.now();
    // Requests succeed again within seconds, without restarting the app.
    await waitFor(
      'a write to succeed after the restart',
      async () => {
        const res = await client.request('POST', `/api/courses/${courseId}/journal`, {
          date: '2025-02-03',
          body: 'after the restart',
          visibility: 'team',
        });
        return res.status === 201 ? true : null;
      },
      15,
    );
    expect(Date.now() - restartedAt).toBeLessThan(15_000);
    writing = false;
    await Promise.all(load);

    expect(server.child.exitCode).toBeNull();
    const health = await healthOf(server.baseUrl, client.cookie ?? undefined);
    expect(health.status).toBe(200);
    expect(acknowledged.length).toBeGreaterThan(0);
    // Only two kinds of answer: written, or "the database is away" (never a 500).
    expect([...statuses.keys()].filter((s) => s !== 201 && s !== 503 && s !== 0)).toEqual([]);
    expect(during503WithRetryAfter).toBeGreaterThan(0);

    const check = new pg.Client({ connectionString: ownerUrl });
    await check.connect();
    const stored = await check.query<{ body: string }>(
      "SELECT body FROM journal_notes WHERE body LIKE 'fault-test %'",
    );
    await check.end();
    const bodies = new Set(stored.rows.map((r) => r.body));
    expect(acknowledged.filter((body) => !bodies.has(body))).toEqual([]);
    server.child.kill('SIGTERM');
  });

  it('starts while the database is still down, says so, and serves once it is up', async () => {
    cluster.halt();
    const server = await startServer();
    await waitFor(
      'the server to report that it is waiting',
      async () => (server.output.join('').includes('database not reachable yet') ? true : null),
      30,
    );
    expect(server.child.exitCode).toBeNull();
    cluster.start();
    await waitFor(
      'the server to answer',
      async () => ((await healthOf(server.baseUrl)).status === 200 ? true : null),
      60,
    );
    const client = await Client.signIn(server.baseUrl, 'coordinator');
    const course = await client.request('GET', `/api/courses/${courseId}`);
    expect(course.status).toBe(200);
    server.child.kill('SIGTERM');
  });

  it("connects as a login role that can neither reach the owner nor touch the audit log's history", async () => {
    const app = new pg.Client({ connectionString: appUrl });
    await app.connect();
    const refused = async (sql: string) => {
      const error = await app.query(sql).then(
        () => null,
        (e: { code?: string }) => e,
      );
      return error?.code ?? 'allowed';
    };
    await app.query('RESET ROLE');
    const { rows } = await app.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    expect(rows[0]?.n).toBeGreaterThan(0);
    // 42501 insufficient privilege; 42704/22023 role cannot be set; 42P01 not visible.
    expect(await refused('DELETE FROM audit_log')).toBe('42501');
    expect(await refused("UPDATE audit_log SET action = 'forged'")).toBe('42501');
    expect(await refused('TRUNCATE audit_log')).toBe('42501');
    expect(await refused('ALTER TABLE audit_log DISABLE TRIGGER ALL')).toBe('42501');
    expect(await refused('DELETE FROM audit_seals')).toBe('42501');
    expect(await refused('SET ROLE postgres')).toBe('42501');
    expect(await refused('CREATE TABLE forged (id int)')).toBe('42501');
    expect(await refused("DELETE FROM schema_migrations WHERE name LIKE '0%'")).toBe('42501');
    await app.end();
  });
});
