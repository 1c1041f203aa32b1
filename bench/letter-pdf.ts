/**
 * The letter PDF scenario: renderLetterPdf on the 3-year-course letter (tests/support/letter-fixture.ts),
 * no database and no HTTP, since drawing is the cost (a letter's data is one course's rows). The
 * first render is reported apart: it parses the fonts and warms the JIT, once per server process.
 * Run alone with `npx tsx bench/letter-pdf.ts [renders]`; `npm run bench` runs it first.
 */
import { pathToFileURL } from 'node:url';
import { renderLetterPdf } from '../src/status-letters/pdf.ts';
import { threeYearLetter } from '../tests/support/letter-fixture.ts';
import { log } from './options.ts';
import { ms, type Summary, summarize } from './stats.ts';

export const LETTER_PDF_TARGET_MS = 500;

export interface LetterPdfResult {
  firstMs: number;
  renders: Summary;
  pages: number;
  bytes: number;
}

export async function benchLetterPdf(renders: number): Promise<LetterPdfResult> {
  const letter = threeYearLetter();
  let t0 = performance.now();
  const first = await renderLetterPdf(letter);
  const firstMs = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < renders; i++) {
    t0 = performance.now();
    await renderLetterPdf(letter);
    times.push(performance.now() - t0);
  }
  const pages = first.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
  const result = { firstMs, renders: summarize(times), pages, bytes: first.length };
  log(
    `\n── letter PDF, 3-year course (${pages} pages, ${(first.length / 1024).toFixed(0)} KiB), ${renders} renders ──\n` +
      `  first render ${ms(firstMs)} ms; then p50 ${ms(result.renders.p50)} ms, p95 ${ms(result.renders.p95)} ms, ` +
      `max ${ms(result.renders.max)} ms`,
  );
  return result;
}

export const letterPdfVerdict = (r: LetterPdfResult) =>
  `Letter PDF (3-year course) p95: ${ms(r.renders.p95)} ms — target ≤ ${LETTER_PDF_TARGET_MS} ms: ${
    r.renders.p95 <= LETTER_PDF_TARGET_MS ? 'MET' : 'NOT MET'
  }`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchLetterPdf(Number(process.argv[2] ?? 50));
  log(letterPdfVerdict(result));
}
