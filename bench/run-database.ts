import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCprCipher } from '../src/participants/cpr.ts';
import type { DatabaseHandle } from '../src/platform/db.ts';
import { migrate } from '../src/platform/migrate.ts';
import { startServer, stopServer } from './app-process.ts';
import { type Captured, capture } from './capture.ts';
import { onCleanup } from './cleanup.ts';
import { createBenchDatabase } from './database.ts';
import { benchImport, IMPORT_PARTICIPANTS, type ImportResult } from './import.ts';
import type { LighthousePage } from './lighthouse.ts';
import { type LoadResult, load } from './load.ts';
import { type BenchOptions, type DbKind, log, PASSWORD, root } from './options.ts';
import { signInScenarios } from './scenarios.ts';
import { seedBench } from './seed.ts';
import { measureSql, type SqlResult } from './sql-replay.ts';
import { cores, ms } from './stats.ts';
import { benchWebApp } from './web-perf.ts';

/** One database from start to end: create, migrate, seed, the app under load, the raw SQL replayed. */
export interface ScenarioResult {
  db: DbKind;
  scenario: string;
  api: LoadResult;
  api1: LoadResult;
  sql: SqlResult;
  ratioP50At1: number;
  ratioP95AtLoad: number | null;
  ratioRpsAtLoad: number | null;
}

export interface DbRun {
  kind: DbKind;
  participants: number;
  seedSeconds: number;
  counts: Record<string, number>;
  serverVersion: string;
  scenarios: ScenarioResult[];
  /** Lighthouse on the web app (issue 11): the PostgreSQL run only, unless --no-lighthouse. */
  lighthouse?: LighthousePage[];
  /** The interchange import (bench/import.ts), on PostgreSQL. */
  import?: ImportResult;
}

export async function runDatabase(kind: DbKind, participants: number, options: BenchOptions): Promise<DbRun> {
  log(`\n━━ ${kind}: ${participants} participants ━━`);
  const cprKey = randomBytes(32);
  const cpr = createCprCipher(cprKey);
  mkdirSync(path.join(root, '.tmp'), { recursive: true });

  // 1. The database; open here while it is seeded and replayed (PGlite: the app has it in between).
  const target = await createBenchDatabase(kind, options);
  const serverEnv = { ...target.serverEnv, BENCH_CPR_KEY: cprKey.toString('hex') };
  let open: DatabaseHandle | null = null;
  const close = async () => {
    const handle = open;
    open = null;
    await handle?.close();
  };
  onCleanup(close);

  // 2. Migrate and seed.
  let database = await target.open();
  open = database;
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
      measurementMonths: options.measurementMonths,
      password: PASSWORD,
    },
    log,
  );
  const seedSeconds = (Date.now() - t0) / 1000;
  log(`  seeded in ${seedSeconds.toFixed(1)} s: ${JSON.stringify(seeded.counts)}`);
  // One process at a time may open a PGlite directory: the server gets it while it runs.
  if (kind === 'pglite') await close();

  // 3. The app, and who signs in.
  const logFile = path.join(root, '.tmp', `bench-server-${kind}.log`);
  const app = await startServer(serverEnv, logFile, options.logLevel);
  onCleanup(() => stopServer());
  log(`  app at ${app.url} (pid ${app.pid}, log ${path.relative(root, logFile)})`);
  const scenarios = (await signInScenarios(app.url, seeded, cpr)).filter(
    (s) => options.only.length === 0 || options.only.some((part) => s.key.includes(part)),
  );

  // 4. HTTP load: warm-up, N connections, 1 connection.
  const loadTarget = { baseUrl: app.url, serverPid: app.pid, postmasterPid: target.postmasterPid };
  const { connections, duration } = options;
  const loads = new Map<string, { api: LoadResult; api1: LoadResult }>();
  for (const s of scenarios) {
    await load(loadTarget, s.cookie, s.paths, connections, Math.min(3, duration));
    const api = await load(loadTarget, s.cookie, s.paths, connections, duration);
    const api1 = await load(loadTarget, s.cookie, s.paths, 1, Math.max(3, duration / 2));
    log(
      `  API ${s.key}: ${connections} conns p50 ${ms(api.p50)} p95 ${ms(api.p95)} p99 ${ms(api.p99)} ms, ` +
        `${api.rps.toFixed(0)} req/s, errors ${api.errors}; CPU in cores: app ${cores(api.serverCpu)}, ` +
        `PostgreSQL ${cores(api.postgresCpu)}, autocannon ${cores(api.loadGeneratorCpu)}, machine ${cores(api.machineCpu)}/${os.cpus().length}` +
        ` | 1 conn p50 ${ms(api1.p50)} p95 ${ms(api1.p95)} ms`,
    );
    loads.set(s.key, { api, api1 });
  }
  // ── Lighthouse (issue 11, bench/web-perf.ts): after the load, on the same app and data ──
  const lighthouse =
    kind === 'postgres' && options.lighthouse ? await benchWebApp(app.url, seeded) : undefined;
  // ── end Lighthouse ──
  await stopServer();

  // 5. Raw SQL of the same requests.
  if (kind === 'pglite') {
    database = await target.open();
    open = database;
  }
  const results: ScenarioResult[] = [];
  for (const s of scenarios) {
    const captures: Captured[] = [];
    for (const id of s.ids)
      captures.push(await capture(database.pool, s.cookie, s.work(id), s.courseRead ? id : undefined));
    const sql = await measureSql(database.pool, captures, kind === 'postgres', options);
    const { api, api1 } = loads.get(s.key)!;
    results.push({
      db: kind,
      scenario: s.key,
      api,
      api1,
      sql,
      ratioP50At1: api1.p50 / sql.sequential.p50,
      ratioP95AtLoad: sql.concurrent ? api.p95 / sql.concurrent.p95 : null,
      ratioRpsAtLoad: sql.concurrent ? sql.concurrent.rps / api.rps : null,
    });
    log(
      `  SQL ${s.key}: ${captures[0]!.session.length + captures[0]!.tx.length} statements, one at a time p50 ${ms(sql.sequential.p50)} p95 ${ms(sql.sequential.p95)} ms` +
        (sql.concurrent
          ? ` | ${connections} at a time p50 ${ms(sql.concurrent.p50)} p95 ${ms(sql.concurrent.p95)} ms, ${sql.concurrent.rps.toFixed(0)}/s${sql.concurrent.errors ? `, ${sql.concurrent.errors} timed out waiting for a connection` : ''}`
          : ''),
    );
  }
  // 6. The interchange import, into the same database (issue 11).
  const wanted = (key: string) =>
    options.only.length === 0 || options.only.some((part) => key.includes(part));
  const imported =
    kind === 'postgres' && wanted(`import (${IMPORT_PARTICIPANTS} participants)`)
      ? await benchImport(target.serverEnv.BENCH_DB_URL!)
      : undefined;
  await close();
  return {
    kind,
    participants,
    seedSeconds,
    counts: seeded.counts,
    serverVersion,
    scenarios: results,
    lighthouse,
    ...(imported ? { import: imported } : {}),
  };
}
