import { type CsvCell, toCsv } from './csv.ts';
import type { Dashboard } from './dashboard-schemas.ts';
import { distributionFigures } from './figure-names.ts';
import { decimalWords, figureTitles, keyWords, percentWords } from './words.ts';

const share = (value: number | null | undefined): CsvCell =>
  value === null || value === undefined ? null : percentWords(value);

/**
 * Every figure of the dashboard as one CSV file, the same numbers as the page and the printed
 * report: what a leader takes to a spreadsheet. Counts only, no young person named (their rows
 * are a figure's own export). Shares and decimals in Danish writing ("70 %", "5,5"), since a
 * Danish spreadsheet reads "0.7" as text.
 */
export function dashboardCsv(d: Dashboard): string {
  const r = d.report;
  const rows: CsvCell[][] = [
    ['Optaget', '', r.admitted, null, r.targets.admitted],
    [figureTitles.inStatistics, '', r.inStatistics, null, null],
    [figureTitles.atLeastOneYear, '', r.atLeastOneYear, null, null],
    [figureTitles.closer, '', r.closerToLabourMarket, share(r.closerShare), share(r.targets.closerShare)],
  ];
  for (const figure of distributionFigures)
    for (const [key, n] of Object.entries(r[figure]))
      rows.push([
        figureTitles[figure],
        keyWords(figure, key),
        n,
        share(r.inStatistics ? n / r.inStatistics : null),
        null,
      ]);
  for (const g of d.outcomeSplit)
    rows.push(['Afslutninger mod målfordelingen', g.label, g.count, share(g.actual), share(g.target)]);
  for (const m of d.attendance) rows.push(['Fremmøde, dage mødt', m.month, m.present, share(m.share), null]);
  for (const m of d.attendance) rows.push(['Fremmøde, dage fraværende', m.month, m.absent, null, null]);
  rows.push(
    ['Målinger', 'forsinket', d.due.measurements.overdue, null, null],
    ['Målinger', 'skal laves inden 30 dage', d.due.measurements.dueSoon, null, null],
    ['Statusbreve', 'forsinket', d.due.statusLetters.overdue, null, null],
    ['Statusbreve', 'skal skrives inden 30 dage', d.due.statusLetters.dueSoon, null, null],
  );
  const fc = d.firstContact;
  rows.push(
    [figureTitles.firstContact, 'forløb', fc.courses, null, null],
    [
      figureTitles.firstContact,
      'dage i gennemsnit',
      fc.averageDays === null ? null : decimalWords(fc.averageDays),
      null,
      `${fc.promiseDays} dage`,
    ],
    [
      figureTitles.firstContact,
      `inden for ${fc.promiseDays} dage`,
      fc.withinPromise,
      share(fc.courses ? fc.withinPromise / fc.courses : null),
      null,
    ],
  );
  const fh = r.feltHeard;
  rows.push(
    ['Følte du dig hørt?', 'ja', fh.yes, share(fh.share), null],
    ['Følte du dig hørt?', 'delvist', fh.partly, null, null],
    ['Følte du dig hørt?', 'nej', fh.no, null, null],
  );
  return toCsv(['Tal', 'Gruppe', 'Antal', 'Andel', 'Mål'], rows);
}
