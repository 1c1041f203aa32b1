/**
 * `npm run bench` — load figures for the two hottest reads, on PostgreSQL and on PGlite.
 *
 *  1. a database: BENCH_DATABASE_URL (a new database on that server, dropped afterwards) or a
 *     throwaway cluster from the Debian server binaries (scripts/pg-throwaway.mjs); PGlite in a
 *     temp dir under .tmp/;
 *  2. migrate and seed a realistic volume with set-based SQL (bench/seed.ts);
 *  3. start the app (buildApp, bench/server.ts) in its own process on a loopback port, sign in
 *     through the API as a youth coordinator and a caseworker;
 *  4. drive it with autocannon: GET /api/caseload (coordinator ~25 courses, caseworker ~60) and
 *     GET /api/courses/:id rotating over the coordinator's courses — at 50 connections and at 1;
 *  5. the raw SQL of the same requests: the exact statements the service runs, captured through
 *     Kysely's query log, replayed through a pg pool (one at a time, and 50 at a time over a pool
 *     of 10 like the app's), with a per-statement breakdown and EXPLAIN ANALYZE;
 *  6. a table, and .tmp/bench-results.json.
 *
 * Flags (or BENCH_* env): --participants 2000 --notes 50 --days 365 --duration 10 --connections 50
 * --db both|postgres|pglite --pglite-participants 500 --sql-iterations 300 --log-level info
 * --pg-settings synchronous_commit=off,… (extra settings for the throwaway cluster, for experiments)
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { type CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from '../scripts/pg-throwaway.mjs';
import type { Actor } from '../src/auth/actor.ts';
import { actorFromSession } from '../src/auth/sessions.ts';
import { getCaseload, getCourseOverview } from '../src/courses/service.ts';
import { createCprCipher } from '../src/participants/cpr.ts';
import { type DatabaseHandle, openDatabase } from '../src/platform/db.ts';
import { migrate } from '../src/platform/migrate.ts';
import type { Database } from '../src/platform/schema.ts';
import { inScope, type Scope } from '../src/platform/scope.ts';
import { seedBench } from './seed.ts';
import {
  cpuDelta,
  machineCpuSeconds,
  ms,
  postgresCpuSnapshot,
  processCpuSeconds,
  round,
  type Summary,
  summarize,
} from './stats.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PASSWORD = 'bench-password';

// ── options ──────────────────────────────────────────────────────────────────────────────────
const { values: args } = parseArgs({
  options: {
    participants: { type: 'string' },
    notes: { type: 'string' },
    days: { type: 'string' },
    goals: { type: 'string' },
    measurements: { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string' },
    db: { type: 'string' },
    'pglite-participants': { type: 'string' },
    'sql-iterations': { type: 'string' },
    'log-level': { type: 'string' },
    'pg-settings': { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (args.help) {
  console.log(
    'npm run bench -- [--participants 2000] [--notes 50] [--days 365] [--goals 3] [--measurements 4]\n' +
      '  [--duration 10] [--connections 50] [--db both|postgres|pglite] [--pglite-participants 500]\n' +
      '  [--sql-iterations 300] [--log-level info|silent] [--pg-settings name=value,…]\n' +
      '  (each also as BENCH_<NAME> in the environment)\n' +
      'BENCH_DATABASE_URL: an existing PostgreSQL server to use instead of a throwaway cluster.',
  );
  process.exit(0);
}
const opt = (name: keyof typeof args, fallback: number): number => {
  const raw =
    (args[name] as string | undefined) ?? process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number`);
  return n;
};
const options = {
  participants: opt('participants', 2000),
  notes: opt('notes', 50),
  days: opt('days', 365),
  goals: opt('goals', 3),
  measurements: opt('measurements', 4),
  duration: opt('duration', 10),
  connections: opt('connections', 50),
  sqlIterations: opt('sql-iterations', 300),
  pgliteParticipants: 0,
  db: (args.db ?? process.env.BENCH_DB ?? 'both') as 'both' | 'postgres' | 'pglite',
  logLevel: args['log-level'] ?? process.env.BENCH_LOG_LEVEL ?? 'info',
  /** Extra settings for the throwaway cluster, e.g. "synchronous_commit=off,shared_buffers=512MB". */
  pgSettings: (args['pg-settings'] ?? process.env.BENCH_PG_SETTINGS ?? '').split(',').filter(Boolean),
};
options.pgliteParticipants = opt('pglite-participants', Math.min(options.participants, 500));
if (!['both', 'postgres', 'pglite'].includes(options.db)) throw new Error('--db is both, postgres or pglite');
const APP_POOL_SIZE = 10; // openDatabase's default, as src/main.ts runs it

const log = (line = '') => console.log(line);

// ── cleanup: everything started here is stopped, also on errors and signals ─────────────────
const cleanups: Array<() => Promise<void> | void> = [];
let server: ChildProcess | null = null;
process.on('exit', () => server?.kill('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`\n${signal}: stopping`);
    void runCleanups().finally(() => process.exit(130));
  });
}
async function runCleanups() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()?.();
    } catch (error) {
      log(`cleanup failed: ${(error as Error).message}`);
    }
  }
}

// ── the app in its own process ───────────────────────────────────────────────────────────────
async function startServer(
  env: Record<string, string>,
  logFile: string,
): Promise<{ url: string; pid: number }> {
  const fd = openSync(logFile, 'w');
  const child = fork(path.join(root, 'bench', 'server.ts'), [], {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env, BENCH_LOG_LEVEL: options.logLevel },
    stdio: ['ignore', fd, fd, 'ipc'],
  });
  closeSync(fd);
  server = child;
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the bench server did not start in 60 s (see ${logFile})`)),
      60_000,
    );
    child.once('message', (m: { port: number }) => {
      clearTimeout(timer);
      resolve(m.port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bench server exited with ${code} (see ${logFile})`));
    });
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid ?? 0 };
}

async function stopServer() {
  const child = server;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
  server = null;
}

async function signIn(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('sign-in set no cookie');
  return cookie;
}

async function getJson<T>(baseUrl: string, cookie: string, p: string): Promise<T> {
  const res = await fetch(baseUrl + p, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`GET ${p}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

// ── load with autocannon ─────────────────────────────────────────────────────────────────────
interface LoadResult extends Summary {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  errors: number;
  /** CPU used during the run, in cores: the app process, PostgreSQL (postmaster + backends), this
   * process (autocannon), and the whole machine (out of os.cpus().length). */
  serverCpu: number | null;
  postgresCpu: number | null;
  loadGeneratorCpu: number;
  machineCpu: number | null;
}

/** The postmaster of the throwaway cluster, when there is one: its CPU is counted per run. */
let postmasterPid: number | null = null;

function load(
  baseUrl: string,
  cookie: string,
  paths: string[],
  connections: number,
  seconds: number,
  serverPid: number,
): Promise<LoadResult> {
  let next = 0;
  const latencies: number[] = [];
  let errors = 0;
  const cpu0 = processCpuSeconds(serverPid);
  const pg0 = postmasterPid ? postgresCpuSnapshot(postmasterPid) : null;
  const self0 = process.cpuUsage();
  const m0 = machineCpuSeconds();
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl + paths[0],
        connections,
        duration: seconds,
        headers: { cookie },
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }),
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
        const cpu1 = processCpuSeconds(serverPid);
        const pg1 = postmasterPid ? postgresCpuSnapshot(postmasterPid) : null;
        const self1 = process.cpuUsage(self0);
        const m1 = machineCpuSeconds();
        errors += result.errors + result.timeouts;
        resolve({
          ...summarize(latencies),
          connections,
          seconds: elapsed,
          requests: latencies.length,
          rps: latencies.length / elapsed,
          errors,
          serverCpu: cpu0 !== null && cpu1 !== null ? (cpu1 - cpu0) / elapsed : null,
          postgresCpu: pg0 && pg1 ? cpuDelta(pg0, pg1) / elapsed : null,
          loadGeneratorCpu: (self1.user + self1.system) / 1e6 / elapsed,
          machineCpu: m0 && m1 ? ((m1.busy - m0.busy) / (m1.total - m0.total)) * os.cpus().length : null,
        });
      },
    );
    instance.on('response', (_client, status, _bytes, time) => {
      if (status === 200) latencies.push(time);
      else errors++;
    });
  });
}

// ── the raw SQL of one request ───────────────────────────────────────────────────────────────
interface Captured {
  /** Outside the transaction, on any pooled connection: the session lookup. */
  session: CompiledQuery[];
  /** In one transaction on one connection (BEGIN/COMMIT included when Kysely logs them). */
  tx: CompiledQuery[];
}

/** Runs the service exactly as the route does, recording every statement it sends. */
async function capture(
  pool: pg.Pool,
  cookie: string,
  work: (scope: Scope) => Promise<unknown>,
): Promise<Captured> {
  const queries: CompiledQuery[] = [];
  // Not destroyed: that would end the shared pool.
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') queries.push(event.query);
    },
  });
  const sid = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));
  const actor: Actor | null = await actorFromSession(db, sid);
  if (!actor) throw new Error('capture: the session is not valid');
  // The app touches the session at most every 30 s: not part of a typical request.
  const session = queries.splice(0).filter((q) => !/^update "sessions"/i.test(q.sql));
  await inScope(db, actor, work);
  const tx = queries.splice(0);
  if (!/^begin/i.test(tx[0]?.sql ?? '')) {
    tx.unshift({ sql: 'begin', parameters: [] } as unknown as CompiledQuery);
    tx.push({ sql: 'commit', parameters: [] } as unknown as CompiledQuery);
  }
  return { session, tx };
}

/** A short name for a captured statement: known shapes first, else verb + first quoted table. */
const labelOf = (sql: string) => {
  const s = sql.replace(/\s+/g, ' ').trim().toLowerCase();
  const verb = s.split(' ')[0] ?? '';
  if (verb === 'begin' || verb === 'commit') return verb;
  if (s.includes('from "sessions"')) return 'session lookup';
  if (s.includes('from "memberships"')) return 'memberships';
  if (s.includes('as "consented"')) return 'course grants (access)';
  if (s.includes('"present_days"')) return 'caseload rows';
  if (s.includes('"pt"."cpr_encrypted"')) return 'find course';
  if (s.includes('from "course_team" as "ct" inner join "users"')) return 'list team';
  if (s.includes('from "course_status_history"')) return 'status history';
  if (s.startsWith('insert into "audit_log"')) return 'audit insert';
  const table = /\b(?:from|into|update) "([a-z_]+)"/.exec(s)?.[1] ?? '?';
  return `${verb} ${table}`;
};

async function replayOnce(pool: pg.Pool, c: Captured, perStatement?: number[][]) {
  let i = 0;
  const time = async (run: () => Promise<unknown>) => {
    const t = performance.now();
    await run();
    perStatement?.[i]?.push(performance.now() - t);
    i++;
  };
  for (const q of c.session) await time(() => pool.query(q.sql, q.parameters as unknown[]));
  const client = await pool.connect();
  try {
    for (const q of c.tx) await time(() => client.query(q.sql, q.parameters as unknown[]));
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

interface SqlResult {
  sequential: Summary;
  concurrent: (Summary & { connections: number; rps: number }) | null;
  statements: Array<{
    label: string;
    mean: number;
    p95: number;
    explainMs: number | null;
    planMs: number | null;
  }>;
  slowestPlan: { label: string; sql: string; plan: string } | null;
}

async function measureSql(pool: pg.Pool, captures: Captured[], concurrent: boolean): Promise<SqlResult> {
  const first = captures[0]!;
  const all = [...first.session, ...first.tx];
  // Warm up, then one request at a time with a per-statement breakdown.
  for (let i = 0; i < Math.min(30, options.sqlIterations); i++)
    await replayOnce(pool, captures[i % captures.length]!);
  const perStatement = all.map(() => [] as number[]);
  const sequential: number[] = [];
  for (let i = 0; i < options.sqlIterations; i++) {
    const c = captures[i % captures.length]!;
    const t = performance.now();
    await replayOnce(pool, c, c.tx.length === first.tx.length ? perStatement : undefined);
    sequential.push(performance.now() - t);
  }

  // The same concurrency as the HTTP load, over a pool as big as the app's.
  let concurrentResult: SqlResult['concurrent'] = null;
  if (concurrent) {
    const latencies: number[] = [];
    const seconds = Math.max(3, options.duration / 2);
    const until = performance.now() + seconds * 1000;
    let n = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: options.connections }, async () => {
        while (performance.now() < until) {
          const t = performance.now();
          await replayOnce(pool, captures[n++ % captures.length]!);
          latencies.push(performance.now() - t);
        }
      }),
    );
    const elapsed = (performance.now() - t0) / 1000;
    concurrentResult = {
      ...summarize(latencies),
      connections: options.connections,
      rps: latencies.length / elapsed,
    };
  }

  // EXPLAIN ANALYZE of every statement (writes rolled back), the slowest one's plan kept.
  const statements: SqlResult['statements'] = [];
  let slowest: SqlResult['slowestPlan'] = null;
  let slowestMs = -1;
  const client = await pool.connect();
  try {
    for (const [i, q] of all.entries()) {
      const label = labelOf(q.sql);
      const s = summarize(perStatement[i] ?? []);
      let explainMs: number | null = null;
      let planMs: number | null = null;
      if (label !== 'begin' && label !== 'commit') {
        await client.query('begin');
        try {
          let plan = '';
          for (let k = 0; k < 3; k++) {
            const r = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.parameters as unknown[]);
            plan = r.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
          }
          const m = /Execution Time: ([\d.]+) ms/.exec(plan);
          explainMs = m ? Number(m[1]) : null;
          const pm = /Planning Time: ([\d.]+) ms/.exec(plan);
          planMs = pm ? Number(pm[1]) : null;
          if (s.mean > slowestMs) {
            slowestMs = s.mean;
            slowest = { label, sql: q.sql, plan };
          }
        } finally {
          await client.query('rollback');
        }
      }
      statements.push({ label, mean: s.mean, p95: s.p95, explainMs, planMs });
    }
  } finally {
    client.release();
  }
  return {
    sequential: summarize(sequential),
    concurrent: concurrentResult,
    statements,
    slowestPlan: slowest,
  };
}

// ── one database ─────────────────────────────────────────────────────────────────────────────
interface ScenarioResult {
  db: 'postgres' | 'pglite';
  scenario: string;
  api: LoadResult;
  api1: LoadResult;
  sql: SqlResult;
  ratioP50At1: number;
  ratioP95AtLoad: number | null;
  ratioRpsAtLoad: number | null;
}

interface DbRun {
  kind: 'postgres' | 'pglite';
  participants: number;
  seedSeconds: number;
  counts: Record<string, number>;
  serverVersion: string;
  scenarios: ScenarioResult[];
}

async function benchDatabase(kind: 'postgres' | 'pglite', participants: number): Promise<DbRun> {
  log(`\n━━ ${kind}: ${participants} participants ━━`);
  const cprKey = randomBytes(32);
  const cpr = createCprCipher(cprKey);
  mkdirSync(path.join(root, '.tmp'), { recursive: true });

  // 1. The database.
  let open: () => Promise<DatabaseHandle>;
  let serverEnv: Record<string, string>;
  if (kind === 'postgres') {
    let serverUrl = process.env.BENCH_DATABASE_URL;
    if (!serverUrl) {
      if (!findPostgresBin()) throw new Error('no PostgreSQL server binaries and no BENCH_DATABASE_URL');
      const cluster: ThrowawayPostgres = await startThrowawayPostgres({
        fast: false,
        settings: options.pgSettings,
      });
      cleanups.push(() => {
        postmasterPid = null;
        return cluster.stop();
      });
      postmasterPid = Number(
        readFileSync(path.join(cluster.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      log(`  throwaway PostgreSQL cluster on port ${cluster.port} (default durability settings)`);
      serverUrl = cluster.url;
    }
    const name = `vivirk_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    cleanups.push(async () => {
      const drop = new pg.Client({ connectionString: serverUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    });
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    open = async () => {
      const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: APP_POOL_SIZE });
      // pool.end() resolves before the sockets close; DROP DATABASE … WITH (FORCE) can then end an
      // idle connection, and a pg.Pool without an 'error' listener would crash the process.
      handle.pool.on('error', (error) => {
        if ((error as { code?: string }).code !== '57P01') log(`  pool error: ${error.message}`);
      });
      return handle;
    };
    serverEnv = { BENCH_DB_URL: url.toString() };
  } else {
    const dir = path.join(root, '.tmp', `bench-pglite-${randomBytes(4).toString('hex')}`);
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    open = () => openDatabase({ dataDir: dir });
    serverEnv = { BENCH_PGLITE_DIR: dir };
  }
  serverEnv.BENCH_CPR_KEY = cprKey.toString('hex');

  // 2. Migrate and seed.
  let database = await open();
  let closeDatabase = async () => database.close();
  cleanups.push(() => closeDatabase());
  await migrate(database.pool);
  const serverVersion = (await database.pool.query<{ v: string }>('SELECT version() AS v')).rows[0]?.v ?? '?';
  const t0 = Date.now();
  const seeded = await seedBench(
    database.db,
    database.pool,
    cpr,
    {
      participants,
      notesPerCourse: options.notes,
      attendanceDays: options.days,
      goalsPerCourse: options.goals,
      measurementsPerCourse: options.measurements,
      password: PASSWORD,
    },
    log,
  );
  const seedSeconds = (Date.now() - t0) / 1000;
  log(`  seeded in ${seedSeconds.toFixed(1)} s: ${JSON.stringify(seeded.counts)}`);
  if (kind === 'pglite') {
    // One process at a time may open a PGlite directory: the server gets it while it runs.
    await database.close();
    closeDatabase = async () => {};
  }

  // 3. The app, and who signs in.
  const logFile = path.join(root, '.tmp', `bench-server-${kind}.log`);
  const app = await startServer(serverEnv, logFile);
  cleanups.push(() => stopServer());
  log(`  app at ${app.url} (pid ${app.pid}, log ${path.relative(root, logFile)})`);
  const coordinatorCookie = await signIn(app.url, seeded.coordinator.username);
  const caseworkerCookie = await signIn(app.url, seeded.caseworker.username);
  const coordinatorCaseload = await getJson<{ items: Array<{ courseId: string }> }>(
    app.url,
    coordinatorCookie,
    '/api/caseload',
  );
  const caseworkerCaseload = await getJson<{ items: Array<{ courseId: string }> }>(
    app.url,
    caseworkerCookie,
    '/api/caseload',
  );
  const courseIds = coordinatorCaseload.items.map((i) => i.courseId);
  log(
    `  signed in: coordinator with ${courseIds.length} courses, caseworker with ${caseworkerCaseload.items.length} (consent-filtered)`,
  );
  if (courseIds.length === 0) throw new Error('the coordinator has no courses');
  await getJson(app.url, coordinatorCookie, `/api/courses/${courseIds[0]}`);

  const scenarios = [
    {
      key: 'course page (coordinator)',
      cookie: coordinatorCookie,
      paths: courseIds.map((id) => `/api/courses/${id}`),
      work: (id: string) => (scope: Scope) => getCourseOverview(scope, id, cpr),
      ids: courseIds,
    },
    {
      key: `caseload (coordinator, ${courseIds.length})`,
      cookie: coordinatorCookie,
      paths: ['/api/caseload'],
      work: () => (scope: Scope) => getCaseload(scope),
      ids: [''],
    },
    {
      key: `caseload (caseworker, ${caseworkerCaseload.items.length})`,
      cookie: caseworkerCookie,
      paths: ['/api/caseload'],
      work: () => (scope: Scope) => getCaseload(scope),
      ids: [''],
    },
  ];

  // 4. HTTP load.
  const loads = new Map<string, { api: LoadResult; api1: LoadResult }>();
  for (const s of scenarios) {
    await load(app.url, s.cookie, s.paths, options.connections, Math.min(3, options.duration), app.pid); // warm-up
    const api = await load(app.url, s.cookie, s.paths, options.connections, options.duration, app.pid);
    const api1 = await load(app.url, s.cookie, s.paths, 1, Math.max(3, options.duration / 2), app.pid);
    log(
      `  API ${s.key}: ${options.connections} conns p50 ${ms(api.p50)} p95 ${ms(api.p95)} p99 ${ms(api.p99)} ms, ` +
        `${api.rps.toFixed(0)} req/s, errors ${api.errors}; CPU in cores: app ${cores(api.serverCpu)}, ` +
        `PostgreSQL ${cores(api.postgresCpu)}, autocannon ${cores(api.loadGeneratorCpu)}, machine ${cores(api.machineCpu)}/${os.cpus().length}` +
        ` | 1 conn p50 ${ms(api1.p50)} p95 ${ms(api1.p95)} ms`,
    );
    loads.set(s.key, { api, api1 });
  }
  await stopServer();

  // 5. Raw SQL of the same requests.
  if (kind === 'pglite') {
    database = await open();
    closeDatabase = async () => database.close();
  }
  const results: ScenarioResult[] = [];
  for (const s of scenarios) {
    const captures: Captured[] = [];
    for (const id of s.ids) captures.push(await capture(database.pool, s.cookie, s.work(id)));
    const sqlResult = await measureSql(database.pool, captures, kind === 'postgres');
    const { api, api1 } = loads.get(s.key)!;
    const r: ScenarioResult = {
      db: kind,
      scenario: s.key,
      api,
      api1,
      sql: sqlResult,
      ratioP50At1: api1.p50 / sqlResult.sequential.p50,
      ratioP95AtLoad: sqlResult.concurrent ? api.p95 / sqlResult.concurrent.p95 : null,
      ratioRpsAtLoad: sqlResult.concurrent ? sqlResult.concurrent.rps / api.rps : null,
    };
    results.push(r);
    log(
      `  SQL ${s.key}: ${captures[0]!.session.length + captures[0]!.tx.length} statements, one at a time p50 ${ms(sqlResult.sequential.p50)} p95 ${ms(sqlResult.sequential.p95)} ms` +
        (sqlResult.concurrent
          ? ` | ${options.connections} at a time p50 ${ms(sqlResult.concurrent.p50)} p95 ${ms(sqlResult.concurrent.p95)} ms, ${sqlResult.concurrent.rps.toFixed(0)}/s`
          : ''),
    );
  }
  await closeDatabase();
  closeDatabase = async () => {};
  return { kind, participants, seedSeconds, counts: seeded.counts, serverVersion, scenarios: results };
}

const cores = (v: number | null) => (v === null ? '—' : v.toFixed(2));
const x = (v: number | null) => (v === null || !Number.isFinite(v) ? '—' : `${v.toFixed(1)}×`);

// ── main ─────────────────────────────────────────────────────────────────────────────────────
const runs: DbRun[] = [];
let failed = false;
const loadAtStart = os.loadavg();
log(
  `ViVirk bench — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\noptions: ${JSON.stringify(options)}`,
);
try {
  if (options.db !== 'pglite') runs.push(await benchDatabase('postgres', options.participants));
  await runCleanups();
  if (options.db !== 'postgres') runs.push(await benchDatabase('pglite', options.pgliteParticipants));
} catch (error) {
  failed = true;
  log(`\nbench failed: ${(error as Error).stack ?? error}`);
} finally {
  await runCleanups();
}

// 6. Report.
for (const run of runs) {
  log(
    `\n── ${run.kind}: where the SQL time goes (one request at a time: mean round trip per statement; EXPLAIN ANALYZE) ──`,
  );
  for (const s of run.scenarios) {
    log(`  ${s.scenario}:`);
    for (const st of s.sql.statements)
      log(
        `    ${st.label.padEnd(28)} ${ms(st.mean).padStart(7)} ms   EXPLAIN: planning ${ms(st.planMs ?? Number.NaN).padStart(6)} ms, ` +
          `execution ${ms(st.explainMs ?? Number.NaN).padStart(6)} ms`,
      );
  }
  const slow = run.scenarios
    .map((s) => ({ s, plan: s.sql.slowestPlan }))
    .filter((p) => p.plan)
    .sort(
      (a, b) =>
        Math.max(...b.s.sql.statements.map((t) => t.mean)) -
        Math.max(...a.s.sql.statements.map((t) => t.mean)),
    )[0];
  if (slow?.plan) {
    log(`\n  slowest statement (${slow.s.scenario}: ${slow.plan.label}), EXPLAIN (ANALYZE, BUFFERS):`);
    log(
      slow.plan.plan
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n'),
    );
  }
}

const head = [
  'db',
  'endpoint',
  'API@N p50',
  'p95',
  'p99',
  'req/s',
  'err',
  'API@1 p50',
  'SQL@1 p50',
  'p95',
  'SQL@N p95',
  'SQL@N/s',
  'API/SQL@1',
  'p95 API/SQL@N',
];
const rows = runs.flatMap((run) =>
  run.scenarios.map((s) => [
    run.kind,
    s.scenario,
    ms(s.api.p50),
    ms(s.api.p95),
    ms(s.api.p99),
    s.api.rps.toFixed(0),
    String(s.api.errors),
    ms(s.api1.p50),
    ms(s.sql.sequential.p50),
    ms(s.sql.sequential.p95),
    ms(s.sql.concurrent?.p95),
    s.sql.concurrent ? s.sql.concurrent.rps.toFixed(0) : '—',
    x(s.ratioP50At1),
    x(s.ratioP95AtLoad),
  ]),
);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const fmt = (r: string[]) =>
  r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
log(`\n${'═'.repeat(100)}`);
log(
  `Results (ms; N = ${options.connections} connections, ${options.duration} s each; SQL@N over a pool of ${APP_POOL_SIZE})`,
);
log(fmt(head));
for (const r of rows) log(fmt(r));

const verdicts: string[] = [];
const pgCourse = runs
  .find((r) => r.kind === 'postgres')
  ?.scenarios.find((s) => s.scenario.startsWith('course page'));
if (pgCourse) {
  verdicts.push(
    `PostgreSQL course page p95 at ${options.connections} connections: ${ms(pgCourse.api.p95)} ms — target ≤ 50 ms: ${pgCourse.api.p95 <= 50 ? 'MET' : 'NOT MET'}`,
  );
  verdicts.push(
    `PostgreSQL course page API/raw SQL: ${x(pgCourse.ratioP50At1)} one at a time (p50), ${x(pgCourse.ratioP95AtLoad)} at load (p95) — target ≤ 2×: ${
      pgCourse.ratioP50At1 <= 2 && (pgCourse.ratioP95AtLoad ?? 0) <= 2 ? 'MET' : 'NOT MET'
    }`,
  );
}
for (const v of verdicts) log(v);

// CPU per request, independent of what else the machine was doing: what 2 dedicated cores could serve.
const cpuLines: string[] = [];
for (const run of runs) {
  for (const s of run.scenarios) {
    const perReq = (cores: number | null) =>
      cores === null || s.api.rps === 0 ? null : (cores / s.api.rps) * 1000;
    const app = perReq(s.api.serverCpu);
    const db = perReq(s.api.postgresCpu);
    if (app === null) continue;
    const total = app + (db ?? 0);
    // PGlite runs inside the app's one JavaScript thread: it can use one core, however many there are.
    const usable = run.kind === 'pglite' ? 1 : os.cpus().length;
    const capacity = (usable * 1000) / total;
    cpuLines.push(
      `  ${run.kind.padEnd(8)} ${s.scenario.padEnd(28)} CPU per request: app ${ms(app)} ms` +
        (db === null ? '' : `, PostgreSQL ${ms(db)} ms`) +
        ` → ${usable} dedicated core${usable > 1 ? 's' : ''} ≈ ${capacity.toFixed(0)} req/s; at ${options.connections} connections ` +
        `(closed loop) mean latency ≥ ${((options.connections / capacity) * 1000).toFixed(0)} ms`,
    );
  }
}
if (cpuLines.length > 0) {
  log(`\nCPU per request (load generator and other processes excluded):`);
  for (const l of cpuLines) log(l);
}

const outFile = path.join(root, '.tmp', 'bench-results.json');
mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(
  outFile,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      loadAverageAtStart: loadAtStart,
      options,
      appPoolSize: APP_POOL_SIZE,
      runs: runs.map((r) => ({
        ...r,
        scenarios: r.scenarios.map((s) => ({
          scenario: s.scenario,
          api: roundAll(s.api),
          api1: roundAll(s.api1),
          sqlSequential: roundAll(s.sql.sequential),
          sqlConcurrent: s.sql.concurrent ? roundAll(s.sql.concurrent) : null,
          statements: s.sql.statements.map((t) => roundAll(t)),
          ratioP50At1: round(s.ratioP50At1),
          ratioP95AtLoad: s.ratioP95AtLoad === null ? null : round(s.ratioP95AtLoad),
          ratioRpsAtLoad: s.ratioRpsAtLoad === null ? null : round(s.ratioRpsAtLoad),
          slowestPlan: s.sql.slowestPlan,
        })),
      })),
      verdicts,
      cpuPerRequest: cpuLines.map((l) => l.trim()),
      failed,
    },
    null,
    2,
  )}\n`,
);
log(`figures written to ${path.relative(root, outFile)}`);
process.exitCode = failed ? 1 : 0;

function roundAll<T extends object>(o: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]));
}
