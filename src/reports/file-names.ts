import type { FigureRows } from './rows-schemas.ts';
import { figureTitles, keyWords } from './words.ts';

/** "Køn - Kvinde - 2026-03-01.csv": the figure, its bar and the day; ASCII fallback for old clients. */
export function figureFileName(result: FigureRows): { ascii: string; utf8: string } {
  const parts = [
    figureTitles[result.figure],
    result.key === null ? null : keyWords(result.figure, result.key),
    result.asOf,
  ];
  return fileName(`${parts.filter((p) => p !== null).join(' - ')}.csv`);
}

/** "Halvårsrapport - Testby - 2026-03-01.pdf". */
export const reportFileName = (partnership: string, asOf: string) =>
  fileName(`Halvårsrapport - ${partnership} - ${asOf}.pdf`);

/** "Tal - Testby - 2026-03-01.csv": every figure of the dashboard. */
export const dashboardFileName = (partnership: string, asOf: string) =>
  fileName(`Tal - ${partnership} - ${asOf}.csv`);

/** A file name safe in a header and on any disk, with an ASCII twin for old clients. */
function fileName(given: string): { ascii: string; utf8: string } {
  const name = given.replace(/[\\/:*?"<>|\r\n]/g, '_');
  const ascii = name
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/Æ/g, 'Ae')
    .replace(/Ø/g, 'Oe')
    .replace(/Å/g, 'Aa')
    .replace(/[^\x20-\x7e]/g, '_');
  return { ascii, utf8: encodeURIComponent(name) };
}
