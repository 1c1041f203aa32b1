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
 * Before the databases, and apart from them: the letter PDF of a 3-year course and the half-yearly
 * report PDF of a 2,000-course partnership, rendered in this process (bench/letter-pdf.ts,
 * bench/report-pdf.ts).
 *
 * Flags (or BENCH_* env): --participants 2000 --notes 50 --days 365 --duration 10 --connections 50
 * --db both|postgres|pglite --pglite-participants 500 --sql-iterations 300 --letter-renders 50 --log-level info
 * --pg-settings synchronous_commit=off,… (extra settings for the throwaway cluster, for experiments)
 *
 * The parts: options.ts (flags), database.ts, seed.ts, app-process.ts + server.ts, scenarios.ts,
 * load.ts + cpu.ts, capture.ts + sql-replay.ts + explain.ts, run-database.ts (one database from
 * start to end), report.ts and results-file.ts.
 */
import os from 'node:os';
import { runCleanups } from './cleanup.ts';
import { benchLetterPdf, type LetterPdfResult } from './letter-pdf.ts';
import { runNational } from './national.ts';
import { log, readOptions } from './options.ts';
import { report } from './report.ts';
import { benchReportPdf, type ReportPdfResult, reportPdfVerdict } from './report-pdf.ts';
import { writeResults } from './results-file.ts';
import { type DbRun, runDatabase } from './run-database.ts';

const options = readOptions();
const runs: DbRun[] = [];
let letterPdf: LetterPdfResult | null = null;
let reportPdf: ReportPdfResult | null = null;
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
  if (options.letterRenders > 0) letterPdf = await benchLetterPdf(options.letterRenders);
  if (options.reportRenders > 0) reportPdf = await benchReportPdf(options.reportRenders);
  if (options.national) await runNational(options, runs);
  else {
    if (options.db !== 'pglite') runs.push(await runDatabase('postgres', options.participants, options));
    await runCleanups();
    if (options.db !== 'postgres')
      runs.push(await runDatabase('pglite', options.pgliteParticipants, options));
  }
} catch (error) {
  failed = true;
  log(`\nbench failed: ${(error as Error).stack ?? error}`);
} finally {
  await runCleanups();
}

const { verdicts, cpuLines, national } = report(runs, options, letterPdf);
if (reportPdf) {
  const verdict = reportPdfVerdict(reportPdf);
  log(verdict);
  verdicts.unshift(verdict);
}
writeResults(runs, { options, loadAtStart, verdicts, cpuLines, failed, letterPdf, national });
process.exitCode = failed ? 1 : 0;
