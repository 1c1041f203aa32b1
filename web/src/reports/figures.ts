/**
 * The figures a count can link to (the rows behind it, `/partnerskab/$id/tal/$figure`), with the
 * same names as the rows' API, and the order a distribution's keys are listed in. Pure.
 */
export const figureNames = [
  'inStatistics',
  'atLeastOneYear',
  'closer',
  'notCloser',
  'byGender',
  'byAgeAtStart',
  'byDisabilityCombination',
  'byGrantedMonths',
  'outcomes',
  'firstContact',
] as const;
export type FigureName = (typeof figureNames)[number];

export type Distribution = 'byGender' | 'byAgeAtStart' | 'byDisabilityCombination' | 'byGrantedMonths';
export const distributions: readonly Distribution[] = [
  'byGender',
  'byAgeAtStart',
  'byDisabilityCombination',
  'byGrantedMonths',
];

/** The search of a link to the rows behind a count: the day, and the distribution's key if any. */
export function rowsSearch(asOf: string, key?: string): { asOf: string; key?: string } {
  return key === undefined ? { asOf } : { asOf, key };
}

/**
 * A distribution's keys in reading order: numbers (age, months) by size with words after them
 * (e.g. 'undecided'), anything else as the server sorted it but with 'none' and 'ongoing' last.
 */
export function orderedEntries(counts: Readonly<Record<string, number>>): Array<[string, number]> {
  const last = new Set(['none', 'ongoing', 'undecided']);
  const rank = (key: string) => (last.has(key) ? 2 : /^\d+$/.test(key) ? 0 : 1);
  return Object.entries(counts).sort(([a], [b]) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (rank(a) === 0) return Number(a) - Number(b);
    return 0;
  });
}

/** The share as a whole percentage's fraction for a chart axis (0–100, one decimal), or '-' for none. */
export function chartPercent(share: number | null): number | '-' {
  return share === null ? '-' : Math.round(share * 1000) / 10;
}
