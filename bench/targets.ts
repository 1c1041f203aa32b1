import { type ImportResult, importVerdict } from './import.ts';
import type { BenchOptions } from './options.ts';
import type { DbRun, ScenarioResult } from './run-database.ts';
import { ms } from './stats.ts';

/**
 * Issue 11's targets ("the request path at the machine's limit, at national volume"), as verdict
 * lines; the national comparison's own are in bench/national.ts.
 */

/** API throughput at N connections as a share of the same requests' raw SQL replayed N at a time. */
export const apiShareOfSql = (s: ScenarioResult): number | null =>
  s.sql.concurrent && s.sql.concurrent.rps > 0 ? s.api.rps / s.sql.concurrent.rps : null;
export const API_SQL_TARGET = 0.8;

const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');
const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);

export function issue11Verdicts(runs: DbRun[], options: BenchOptions): string[] {
  const lines: string[] = [];
  const pgRun = runs.find((r) => r.kind === 'postgres');
  const pg = pgRun?.scenarios ?? [];
  const n = options.connections;
  const load = (s: ScenarioResult | undefined, rps: number, p95: number) => {
    if (!s) return;
    lines.push(
      `PostgreSQL ${s.scenario} at ${n} connections: ${s.api.rps.toFixed(0)} req/s, p95 ${ms(s.api.p95)} ms — ` +
        `target ≥ ${rps} req/s and p95 ≤ ${p95} ms${n === 50 ? '' : ' (at 50 connections)'}: ${verdict(s.api.rps >= rps && s.api.p95 <= p95)}`,
    );
  };
  load(
    pg.find((s) => s.scenario.startsWith('course page')),
    1500,
    50,
  );
  load(
    pg.find((s) => s.scenario.startsWith('caseload (caseworker')),
    800,
    80,
  );
  const report = pg.find((s) => s.scenario.startsWith('partnership report JSON'));
  if (report)
    lines.push(
      `PostgreSQL ${report.scenario} p95 one at a time: ${ms(report.api1.p95)} ms (p50 ${ms(report.api1.p50)} ms) — target ≤ 200 ms: ${verdict(report.api1.p95 <= 200)}`,
    );
  const pgliteCourse = runs
    .find((r) => r.kind === 'pglite')
    ?.scenarios.find((s) => s.scenario.startsWith('course page'));
  if (pgliteCourse)
    lines.push(
      `PGlite course page at one connection: p95 ${ms(pgliteCourse.api1.p95)} ms (p50 ${ms(pgliteCourse.api1.p50)} ms) — target ≤ 10 ms: ${verdict(pgliteCourse.api1.p95 <= 10)}`,
    );
  const imported: ImportResult | undefined = pgRun?.import;
  if (imported) lines.push(importVerdict(imported));
  // Per endpoint: the API serves at least 80% of what its raw SQL alone does at the same concurrency.
  for (const run of runs.filter((r) => r.kind === 'postgres')) {
    const shares = run.scenarios.map((s) => ({ s, share: apiShareOfSql(s) })).filter((x) => x.share !== null);
    if (shares.length === 0) continue;
    const low = shares.filter((x) => (x.share ?? 0) < API_SQL_TARGET);
    lines.push(
      `PostgreSQL (${run.participants} participants) API/SQL throughput at ${n} connections ≥ ${pct(API_SQL_TARGET)} per endpoint: ${shares.length - low.length} of ${shares.length} — ${
        low.length === 0 ? 'MET' : `NOT MET (${low.map((x) => `${x.s.scenario} ${pct(x.share)}`).join('; ')})`
      }`,
    );
  }
  return lines;
}
