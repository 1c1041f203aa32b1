import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LetterPdfResult } from './letter-pdf.ts';
import type { NationalRow } from './national.ts';
import { APP_POOL_SIZE, type BenchOptions, log, root } from './options.ts';
import type { DbRun } from './run-database.ts';
import { round, roundAll } from './stats.ts';
import { apiShareOfSql } from './targets.ts';

/** .tmp/bench-results.json: the options, every figure (rounded), the verdicts and the CPU lines. */
export function writeResults(
  runs: DbRun[],
  summary: {
    options: BenchOptions;
    loadAtStart: number[];
    verdicts: string[];
    cpuLines: string[];
    failed: boolean;
    letterPdf: LetterPdfResult | null;
    /** --national: national ÷ 2,000 per endpoint (bench/national.ts). */
    national?: NationalRow[] | null;
  },
) {
  const { options, loadAtStart, verdicts, cpuLines, failed, letterPdf } = summary;
  const roundOrNull = (v: number | null) => (v === null ? null : round(v));
  const outFile = path.join(root, '.tmp', 'bench-results.json');
  mkdirSync(path.dirname(outFile), { recursive: true });
  const results = {
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
        ratioP95AtLoad: roundOrNull(s.ratioP95AtLoad),
        ratioRpsAtLoad: roundOrNull(s.ratioRpsAtLoad),
        apiShareOfSqlRpsAtLoad: roundOrNull(apiShareOfSql(s)),
        slowestPlan: s.sql.slowestPlan,
      })),
      // Issue 11: Lighthouse 12 (mobile defaults) on the web app; the PostgreSQL run only.
      lighthouse: r.lighthouse?.map((p) => roundAll(p)) ?? null,
    })),
    letterPdf: letterPdf
      ? {
          firstMs: round(letterPdf.firstMs),
          renders: roundAll(letterPdf.renders),
          pages: letterPdf.pages,
          bytes: letterPdf.bytes,
        }
      : null,
    national: summary.national?.map((r) => roundAll(r)) ?? null,
    verdicts,
    cpuPerRequest: cpuLines.map((l) => l.trim()),
    failed,
  };
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  log(`figures written to ${path.relative(root, outFile)}`);
}
