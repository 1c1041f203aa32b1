import type { PartnershipSummary } from '../partnerships/queries.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { PartnershipReport } from './schemas.ts';

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
const list = (counts: Record<string, number>) =>
  Object.keys(counts).length === 0
    ? '–'
    : Object.entries(counts)
        .map(([key, n]) => `${key} ${n}`)
        .join(', ');

/** The report as a person reads it in a terminal (the CLI without --json). */
export function formatReport(partnership: PartnershipSummary, asOf: IsoDate, r: PartnershipReport): string {
  const target = (text: string | null) => (text === null ? '' : `   (target ${text})`);
  const share =
    r.closerShare === null
      ? 'no participant has had a year yet'
      : `${r.closerToLabourMarket} of ${r.atLeastOneYear} = ${percent(r.closerShare)}`;
  const rows: Array<[string, string]> = [
    ['Admitted', `${r.admitted}${target(r.targets.admitted === null ? null : String(r.targets.admitted))}`],
    ['In statistics (consented)', String(r.inStatistics)],
    ['At least one year', String(r.atLeastOneYear)],
    [
      'Closer to the labour market',
      `${share}${target(r.targets.closerShare === null ? null : percent(r.targets.closerShare))}`,
    ],
    ['', ''],
    ['By gender', list(r.byGender)],
    ['By age at start', list(r.byAgeAtStart)],
    ['By disabilities', list(r.byDisabilityCombination)],
    ['By granted months', list(r.byGrantedMonths)],
    ['Outcomes', list(r.outcomes)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return [
    `${partnership.name} (${partnership.municipality} and ${partnership.institution})`,
    `Report as of ${asOf}; distributions cover the participants in statistics.`,
    '',
    ...rows.map(([label, value]) => (label ? `${label.padEnd(width)}${value}` : '')),
  ].join('\n');
}
