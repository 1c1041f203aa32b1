/** How a course can end (DOMAIN.md, course workflow step 9; the interchange's outcome types). */
export const outcomeTypes = [
  'ordinaryJob',
  'flexJob',
  'wageSubsidyJob',
  'shelteredEmployment',
  'education',
  'otherCourse',
  'movedAway',
  'stopped',
] as const;
export type OutcomeType = (typeof outcomeTypes)[number];
