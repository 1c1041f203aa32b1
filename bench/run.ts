/**
 * `npm run bench` — load figures for the reads people make every day, on PostgreSQL and on PGlite.
 *
 *  1. a database: BENCH_DATABASE_URL (a new database on that server, dropped afterwards) or a
 *     throwaway cluster from the Debian server binaries (scripts/pg-throwaway.mjs); PGlite in a
 *     temp dir under .tmp/;
 *  2. migrate and seed a realistic volume with set-based SQL (bench/seed.ts, seed-volume.ts), a
 *     young person with a login on their own course, and 150 notes on the coordinator's courses
 *     (seed-pages.ts);
 *  3. start the app (buildApp, bench/server.ts) in its own process on a loopback port, sign in
 *     through the API as a youth coordinator, a caseworker and the young person;
 *  4. drive it with autocannon at 50 connections and at 1 (scenarios.ts, scenarios-pages.ts): the
 *     caseload (coordinator ~25 courses, caseworker ~57), the course page rotating over the
 *     coordinator's courses, company search and suggestions, the due list, dashboard, report PDF
 *     and report JSON of a 2,000-course partnership; journal (150 notes), attendance month, goals,
 *     the work queue, and the young person's own page (its nine reads in turn);
 *  5. the raw SQL of the same requests: the exact statements the service runs, captured through
 *     Kysely's query log, replayed through a pg pool (one at a time, and 50 at a time over a pool
 *     of 10 like the app's), with a per-statement breakdown and EXPLAIN ANALYZE;
 *  6. PostgreSQL only: an interchange file of 10,000 participants imported through the CLI's
 *     import command into the same database, then the same file again (import.ts);
 *  7. on PostgreSQL, unless --no-lighthouse: Lighthouse 12 (mobile defaults) on the web app, built
 *     first, on the caseload, a course page and a young person's own page (bench/web-perf.ts);
 *  8. a table, verdicts against the targets (targets.ts and below), and .tmp/bench-results.json.
 *
 * Before the databases, and apart from them: the letter PDF of a 3-year course and the half-yearly
 * report PDF of a 2,000-course partnership, rendered in this process (bench/letter-pdf.ts,
 * bench/report-pdf.ts).
 *
 * --national (national.ts): PostgreSQL only, at --participants (2,000) and at
 * --national-participants (50,000), each course with 150 notes, 3 years of attendance and monthly
 * measurements; every endpoint compared (national ÷ 2,000: latency, throughput, and CPU per request,
 * on which the verdict is: ≤ 20% more).
 *
 * Flags (or BENCH_* env): --participants 2000 --notes 50 --days 365 --goals 3 --measurements 4
 * --measurement-months 6 --duration 10 --connections 50 --db both|postgres|pglite
 * --pglite-participants 500 --sql-iterations 300 --letter-renders 50 --report-renders 30
 * --log-level info --only journal,own page (scenarios whose name contains one of these; "import")
 * --national --national-participants 50000
 * --pg-settings synchronous_commit=off,… (extra settings for the throwaway cluster, for experiments)
 *
 * The parts: options.ts (flags), database.ts, seed.ts, app-process.ts + server.ts, scenarios.ts,
 * load.ts + cpu.ts, capture.ts + sql-replay.ts + explain.ts, run-database.ts (one database from
 * start to end), import.ts, national.ts, report.ts + targets.ts and results-file.ts.
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
import { buildWebApp } from './web-perf.ts';

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
  if (options.lighthouse && options.db !== 'pglite') buildWebApp();
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
