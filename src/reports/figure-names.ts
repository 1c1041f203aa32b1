import type { DataClass } from '../auth/data-classes.ts';

/**
 * The figures whose rows can be listed (issue 10 §3): each picks its courses with the report's own
 * predicates (compute.ts), so a list always has exactly as many rows as its figure counts.
 */
export const distributionFigures = [
  'byGender',
  'byAgeAtStart',
  'byDisabilityCombination',
  'byGrantedMonths',
  'outcomes',
] as const;
export const figureNames = [
  'inStatistics',
  'atLeastOneYear',
  'closer',
  'notCloser',
  ...distributionFigures,
  'firstContact',
] as const;
export type FigureName = (typeof figureNames)[number];

/**
 * The class of what a listed row tells about its young person: being on a list "by disability:
 * cognitive" tells that disability, so the row is as sensitive as the value behind it.
 */
export const figureClass: Record<FigureName, DataClass> = {
  inStatistics: 'courseAdmin',
  atLeastOneYear: 'courseAdmin',
  closer: 'measurements',
  notCloser: 'measurements',
  byGender: 'personal',
  byAgeAtStart: 'personal',
  byDisabilityCombination: 'health',
  byGrantedMonths: 'courseAdmin',
  outcomes: 'courseAdmin',
  firstContact: 'courseAdmin',
};
