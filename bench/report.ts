import os from 'node:os';
import { type LetterPdfResult, letterPdfVerdict } from './letter-pdf.ts';
import { lighthouseTargets, lighthouseVerdicts } from './lighthouse.ts';
import { compareNational, type NationalRow } from './national.ts';
import { APP_POOL_SIZE, type BenchOptions, log } from './options.ts';
import type { DbRun } from './run-database.ts';
import { ms, times } from './stats.ts';
import { apiShareOfSql, issue11Verdicts } from './targets.ts';

/** The console report after the runs; returns the verdicts and CPU lines for the JSON file too. */

/** Per run: the per-statement breakdown of each scenario, then the slowest statement's plan. */
function logSqlBreakdown(run: DbRun) {
  log(
    `\n── ${run.kind} (${run.participants} participants): where the SQL time goes (one request at a time: mean round trip per statement; EXPLAIN ANALYZE) ──`,
  );
  for (const s of run.scenarios) {
    log(`  ${s.scenario}:`);
    for (const st of s.sql.statements)
      log(
        `    ${st.label.padEnd(28)} ${ms(st.mean).padStart(7)} ms   EXPLAIN: planning ${ms(st.planMs ?? Number.NaN).padStart(6)} ms, ` +
          `execution ${ms(st.explainMs ?? Number.NaN).padStart(6)} ms`,
      );
  }
  const slowestMean = (s: DbRun['scenarios'][number]) => Math.max(...s.sql.statements.map((t) => t.mean));
  const slow = run.scenarios
    .map((s) => ({ s, plan: s.sql.slowestPlan }))
    .filter((p) => p.plan)
    .sort((a, b) => slowestMean(b.s) - slowestMean(a.s))[0];
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

const HEAD = [
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
  'API/SQL req/s@N',
  'API/SQL@1',
  'p95 API/SQL@N',
];

/** One row per database and endpoint; the first two columns left-aligned, the figures right. */
/** The run's name in the table: its database, and its size when two runs share one (--national). */
export const runName = (run: DbRun, runs: DbRun[]) =>
  runs.filter((r) => r.kind === run.kind).length > 1 ? `${run.kind} ${run.participants}` : run.kind;

function logTable(runs: DbRun[], options: BenchOptions) {
  const share = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
  const rows = runs.flatMap((run) =>
    run.scenarios.map((s) => [
      runName(run, runs),
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
      share(apiShareOfSql(s)),
      times(s.ratioP50At1),
      times(s.ratioP95AtLoad),
    ]),
  );
  const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) =>
    r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  log(`\n${'═'.repeat(100)}`);
  log(
    `Results (ms; N = ${options.connections} connections, ${options.duration} s each; SQL@N over a pool of ${APP_POOL_SIZE})`,
  );
  log(fmt(HEAD));
  for (const r of rows) log(fmt(r));
}

/** Lighthouse on the web app (issue 11): one row per page, under the API table. */
function logLighthouse(runs: DbRun[]) {
  const pages = runs.flatMap((run) => (run.lighthouse ?? []).map((page) => ({ run: run.kind, page })));
  if (pages.length === 0) return;
  const head = [
    'db',
    'page (Lighthouse 12, mobile)',
    'perf',
    'a11y',
    'LCP s',
    'FCP s',
    'TBT ms',
    'CLS',
    'script KiB',
    'all KiB',
  ];
  const rows = pages.map(({ run, page: p }) => [
    run,
    p.page,
    String(p.performance),
    String(p.accessibility),
    (p.lcpMs / 1000).toFixed(2),
    (p.fcpMs / 1000).toFixed(2),
    p.tbtMs.toFixed(0),
    p.cls.toFixed(3),
    (p.scriptBytes / 1024).toFixed(0),
    (p.totalBytes / 1024).toFixed(0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) =>
    r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const t = lighthouseTargets;
  log(
    `\nWeb app on a phone (simulated slow 4G, 4× CPU slowdown; bytes as transferred, compressed; targets: performance ≥ ${t.performance}, LCP ≤ ${t.lcpMs / 1000} s, accessibility ${t.accessibility})`,
  );
  log(fmt(head));
  for (const r of rows) log(fmt(r));
}

/**
 * The targets: PostgreSQL course page p95 ≤ 50 ms at load, API ≤ 2× its raw SQL, the due list
 * and the dashboard of a 2,000-course partnership ≤ 200 ms, its half-yearly report PDF ≤ 1 s.
 */
function verdictsOf(runs: DbRun[], options: BenchOptions): string[] {
  const pg = runs.find((r) => r.kind === 'postgres')?.scenarios ?? [];
  // The partnership's view (issue 10), one request at a time like the due list.
  const oneAtATime = (prefix: string, target: number) =>
    pg
      .filter((s) => s.scenario.startsWith(prefix))
      .map(
        (s) =>
          `PostgreSQL ${s.scenario} p95 one at a time: ${ms(s.api1.p95)} ms (at ${options.connections} connections ${ms(s.api.p95)} ms) — target ≤ ${target} ms: ${s.api1.p95 <= target ? 'MET' : 'NOT MET'}`,
      );
  const partnershipView = [...oneAtATime('dashboard', 200), ...oneAtATime('report PDF', 1000)];
  const pgCourse = pg.find((s) => s.scenario.startsWith('course page'));
  if (!pgCourse) return partnershipView;
  const pgDue = runs
    .find((r) => r.kind === 'postgres')
    ?.scenarios.find((s) => s.scenario.startsWith('due list'));
  const due = pgDue
    ? [
        `PostgreSQL ${pgDue.scenario} p95 one at a time: ${ms(pgDue.api1.p95)} ms — target ≤ 200 ms: ${pgDue.api1.p95 <= 200 ? 'MET' : 'NOT MET'}`,
      ]
    : [];
  return [
    ...partnershipView,
    ...due,
    `PostgreSQL course page p95 at ${options.connections} connections: ${ms(pgCourse.api.p95)} ms — target ≤ 50 ms: ${pgCourse.api.p95 <= 50 ? 'MET' : 'NOT MET'}`,
    `PostgreSQL course page API/raw SQL: ${times(pgCourse.ratioP50At1)} one at a time (p50), ${times(pgCourse.ratioP95AtLoad)} at load (p95) — target ≤ 2×: ${
      pgCourse.ratioP50At1 <= 2 && (pgCourse.ratioP95AtLoad ?? 0) <= 2 ? 'MET' : 'NOT MET'
    }`,
  ];
}

/** CPU per request, independent of what else the machine was doing: what dedicated cores could serve. */
function cpuLinesOf(runs: DbRun[], options: BenchOptions): string[] {
  const lines: string[] = [];
  for (const run of runs) {
    for (const s of run.scenarios) {
      const name = runName(run, runs);
      const perReq = (cores: number | null) =>
        cores === null || s.api.rps === 0 ? null : (cores / s.api.rps) * 1000;
      const app = perReq(s.api.serverCpu);
      const db = perReq(s.api.postgresCpu);
      if (app === null) continue;
      const total = app + (db ?? 0);
      // PGlite runs inside the app's one JavaScript thread: it can use one core, however many there are.
      const usable = run.kind === 'pglite' ? 1 : os.cpus().length;
      const capacity = (usable * 1000) / total;
      lines.push(
        `  ${name.padEnd(8)} ${s.scenario.padEnd(28)} CPU per request: app ${ms(app)} ms` +
          (db === null ? '' : `, PostgreSQL ${ms(db)} ms`) +
          ` → ${usable} dedicated core${usable > 1 ? 's' : ''} ≈ ${capacity.toFixed(0)} req/s; at ${options.connections} connections ` +
          `(closed loop) mean latency ≥ ${((options.connections / capacity) * 1000).toFixed(0)} ms`,
      );
    }
  }
  return lines;
}

export function report(
  runs: DbRun[],
  options: BenchOptions,
  letterPdf: LetterPdfResult | null,
): { verdicts: string[]; cpuLines: string[]; national: NationalRow[] | null } {
  for (const run of runs) logSqlBreakdown(run);
  logTable(runs, options);
  logLighthouse(runs);
  const national = compareNational(runs);
  const verdicts = [
    ...(letterPdf ? [letterPdfVerdict(letterPdf)] : []),
    ...verdictsOf(runs, options),
    ...issue11Verdicts(runs, options),
    ...(national?.verdicts ?? []),
    ...runs.flatMap((run) => lighthouseVerdicts(run.lighthouse ?? [])),
  ];
  for (const v of verdicts) log(v);
  const cpuLines = cpuLinesOf(runs, options);
  if (cpuLines.length > 0) {
    log(`\nCPU per request (load generator and other processes excluded):`);
    for (const l of cpuLines) log(l);
  }
  return { verdicts, cpuLines, national: national?.rows ?? null };
}
