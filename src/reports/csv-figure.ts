import { toCsv } from './csv.ts';
import type { FigureRows } from './rows-schemas.ts';
import { valueCell, valueHeaders } from './words.ts';

/** The rows behind a figure as a CSV file with Danish headers (the same rows as the page lists). */
export function figureRowsCsv(result: FigureRows): string {
  const header = ['Forløb', 'Reference', 'Navn', 'Startdato', valueHeaders[result.figure]];
  return toCsv(
    header,
    result.rows.map((r) => [
      r.courseId,
      r.ref,
      r.participantName,
      r.startDate,
      valueCell(result.figure, r.value),
    ]),
  );
}
