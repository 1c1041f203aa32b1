/**
 * The half-yearly report PDF scenario without the database: renderReportPdf on the figures of a
 * 2,000-course partnership (every age from 18 to 30, every outcome, twelve months of attendance,
 * an agenda written in full). The figures are aggregates, so drawing costs the same whatever the
 * number of courses; the SQL behind them is the dashboard's (the `dashboard` HTTP scenario).
 * Run alone with `npx tsx bench/report-pdf.ts [renders]`; `npm run bench` runs it after the letter.
 */
import { pathToFileURL } from 'node:url';
import { outcomeTypes } from '../src/courses/outcomes.ts';
import { renderReportPdf } from '../src/reports/pdf.ts';
import type { ReportDocument } from '../src/reports/pdf-document.ts';
import { reportFixture } from '../tests/support/report-fixture.ts';
import { log } from './options.ts';
import { ms, type Summary, summarize } from './stats.ts';

export const REPORT_PDF_TARGET_MS = 1000;

export interface ReportPdfResult {
  firstMs: number;
  renders: Summary;
  pages: number;
  bytes: number;
}

/** The fixture's partnership at 2,000 courses. */
function largeReport(): ReportDocument {
  const doc = reportFixture();
  const r = doc.dashboard.report;
  Object.assign(r, { admitted: 2000, inStatistics: 1900, atLeastOneYear: 1200, closerToLabourMarket: 900 });
  r.closerShare = 0.75;
  r.byAgeAtStart = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [String(18 + i), 140 + i]));
  r.outcomes = Object.fromEntries([...outcomeTypes, 'ongoing'].map((k, i) => [k, 40 + i * 10]));
  r.byGrantedMonths = { '24': 500, '36': 900, '48': 300, '60': 100, undecided: 100 };
  r.byDisabilityCombination = {
    cognitive: 700,
    'cognitive+physical': 150,
    'cognitive+physical+psychological': 50,
    'cognitive+psychological': 600,
    none: 20,
    physical: 80,
    'physical+psychological': 100,
    psychological: 200,
  };
  doc.dashboard.attendance = Array.from({ length: 12 }, (_, i) => ({
    month: `2025-${String(i + 1).padStart(2, '0')}`,
    present: 30000 + i * 100,
    absent: 5000,
    share: (30000 + i * 100) / (35000 + i * 100),
  }));
  if (doc.meeting)
    doc.meeting.agenda = doc.meeting.agenda.map((a) => ({
      ...a,
      text: a.text || 'Punkt drøftet. '.repeat(40),
    }));
  return doc;
}

export async function benchReportPdf(renders: number): Promise<ReportPdfResult> {
  const report = largeReport();
  let t0 = performance.now();
  const first = await renderReportPdf(report);
  const firstMs = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < renders; i++) {
    t0 = performance.now();
    await renderReportPdf(report);
    times.push(performance.now() - t0);
  }
  const pages = first.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
  const result = { firstMs, renders: summarize(times), pages, bytes: first.length };
  log(
    `\n── half-yearly report PDF, 2,000-course partnership (${pages} pages, ${(first.length / 1024).toFixed(0)} KiB), ${renders} renders ──\n` +
      `  first render ${ms(firstMs)} ms; then p50 ${ms(result.renders.p50)} ms, p95 ${ms(result.renders.p95)} ms, ` +
      `max ${ms(result.renders.max)} ms`,
  );
  return result;
}

export const reportPdfVerdict = (r: ReportPdfResult) =>
  `Half-yearly report PDF (drawing only) p95: ${ms(r.renders.p95)} ms — target ≤ ${REPORT_PDF_TARGET_MS} ms: ${
    r.renders.p95 <= REPORT_PDF_TARGET_MS ? 'MET' : 'NOT MET'
  }`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchReportPdf(Number(process.argv[2] ?? 30));
  log(reportPdfVerdict(result));
}
