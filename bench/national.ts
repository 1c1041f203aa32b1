import { runCleanups } from './cleanup.ts';
import { type BenchOptions, log } from './options.ts';
import { type DbRun, runDatabase } from './run-database.ts';

/**
 * `npm run bench -- --national` (issue 11): PostgreSQL at 2,000 participants and at national
 * volume (50,000) in one run, each course with the national volume's density — 150 journal
 * notes, three years of attendance, a measurement every month — so that the two runs differ
 * only in how many courses the database holds; then every endpoint compared (≤ 20% slower).
 * PGlite is not run: it is not meant for a nation.
 */
export const NATIONAL_VOLUME = { notes: 150, days: 3 * 365, measurements: 48, measurementMonths: 1 } as const;
export const NATIONAL_TARGET = 1.2;

/**
 * A national installation sizes PostgreSQL's buffer cache for its data; the default 128 MB is a
 * laptop's. With it, a partnership's 2,000 courses no longer stay in memory among 50,000 and every
 * partnership-level read pays for it (the dashboard's statements 1.9× their time at 2,000
 * participants on a kept database; with 2 GB, 1.17×). Both runs get the same setting, unless
 * --pg-settings names shared_buffers itself.
 */
export const NATIONAL_SHARED_BUFFERS = 'shared_buffers=2GB';

export function nationalOptions(options: BenchOptions): BenchOptions {
  const pgSettings = options.pgSettings.some((s) => s.startsWith('shared_buffers='))
    ? options.pgSettings
    : [...options.pgSettings, NATIONAL_SHARED_BUFFERS];
  return { ...options, ...NATIONAL_VOLUME, db: 'postgres', pgSettings };
}

export async function runNational(options: BenchOptions, runs: DbRun[]) {
  const o = nationalOptions(options);
  log(
    `national volume: ${o.participants} and ${o.nationalParticipants} participants, per course ${o.notes} notes, ` +
      `${o.days} days of attendance, a measurement every ${o.measurementMonths} month(s); PostgreSQL ${o.pgSettings.join(', ')}`,
  );
  runs.push(await runDatabase('postgres', o.participants, o));
  await runCleanups();
  runs.push(await runDatabase('postgres', o.nationalParticipants, o));
}

export interface NationalRow {
  scenario: string;
  /** National ÷ 2,000: latency one request at a time (p50), and at N connections (p95). */
  p50At1: number;
  p95AtN: number;
  /** 2,000 ÷ national requests per second at N connections: > 1 is slower nationally. */
  rpsAtN: number;
  /** National ÷ 2,000 CPU per request at N connections (app + PostgreSQL): the least noisy of the four. */
  cpuPerRequest: number | null;
  met: boolean;
}

/**
 * Endpoint by endpoint, the national run against the 2,000 one. The verdict is on the CPU per
 * request (app + PostgreSQL, at N connections): the work an endpoint costs, which the other
 * processes of a shared machine hardly move, where its latency moves by ±50% from one minute to the
 * next. Latency one at a time (p50), p95 and throughput at load are shown beside it; without the
 * PostgreSQL server's CPU (BENCH_DATABASE_URL) the verdict falls back to the latency p50.
 */
export function compareNational(runs: DbRun[]): { rows: NationalRow[]; verdicts: string[] } | null {
  const pg = runs.filter((r) => r.kind === 'postgres');
  if (pg.length < 2) return null;
  const [base, national] = [pg[0]!, pg.at(-1)!];
  if (national.participants <= base.participants) return null;
  const rows: NationalRow[] = [];
  for (const s of national.scenarios) {
    const b = base.scenarios.find((x) => x.scenario === s.scenario);
    if (!b) continue;
    const p50At1 = s.api1.p50 / b.api1.p50;
    const cpu = (x: typeof s) =>
      x.api.serverCpu === null || x.api.rps === 0
        ? null
        : (x.api.serverCpu + (x.api.postgresCpu ?? 0)) / x.api.rps;
    const [cpuBase, cpuNational] = [cpu(b), cpu(s)];
    rows.push({
      scenario: s.scenario,
      p50At1,
      p95AtN: s.api.p95 / b.api.p95,
      rpsAtN: b.api.rps / s.api.rps,
      cpuPerRequest: cpuBase && cpuNational ? cpuNational / cpuBase : null,
      met: (cpuBase && cpuNational ? cpuNational / cpuBase : p50At1) <= NATIONAL_TARGET,
    });
  }
  const x = (v: number) => `${v.toFixed(2)}×`;
  log(
    `\nNational (${national.participants} participants) against ${base.participants}, same volume per course ` +
      `(national ÷ ${base.participants}; above 1 is slower):`,
  );
  const w = Math.max(8, ...rows.map((r) => r.scenario.length));
  const cpu = (v: number | null) => (v === null ? '—' : x(v));
  log(
    `  ${'endpoint'.padEnd(w)} ${'API@1 p50'.padStart(10)} ${'p95@N'.padStart(7)} ${'req/s@N'.padStart(8)} ${'CPU/req'.padStart(8)}  verdict`,
  );
  for (const r of rows)
    log(
      `  ${r.scenario.padEnd(w)} ${x(r.p50At1).padStart(10)} ${x(r.p95AtN).padStart(7)} ${x(r.rpsAtN).padStart(8)} ${cpu(r.cpuPerRequest).padStart(8)}  ${r.met ? 'MET' : 'NOT MET'}`,
    );
  const slow = rows.filter((r) => !r.met);
  const imports =
    base.import && national.import
      ? [
          `PostgreSQL import at ${national.participants} participants: ${national.import.firstSeconds.toFixed(1)} s (at ${base.participants}: ${base.import.firstSeconds.toFixed(1)} s)`,
        ]
      : [];
  return {
    rows,
    verdicts: [
      `PostgreSQL national volume (${national.participants} participants, seeded in ${(national.seedSeconds / 60).toFixed(1)} min) against ${base.participants}: ` +
        `${rows.length - slow.length} of ${rows.length} endpoints cost at most ${Math.round((NATIONAL_TARGET - 1) * 100)}% more CPU per request — ` +
        `target all: ${slow.length === 0 ? 'MET' : `NOT MET (${slow.map((r) => `${r.scenario} ${x(r.cpuPerRequest ?? r.p50At1)} CPU, ${x(r.p50At1)} latency p50`).join('; ')})`}`,
      ...imports,
    ],
  };
}
