import { type CourseClock, type Intervals, nextOwed } from '../due/rules.ts';
import type { IsoDate } from '../platform/dates.ts';

export interface NextDue {
  kind: 'statusLetter' | 'measurement';
  dueOn: IsoDate;
  overdue: boolean;
}

/** "Næste frist" on the caseload: the earliest thing the course owes (src/due/rules.ts). */
export function nextDue(course: CourseClock, today: IsoDate, intervals: Intervals): NextDue | null {
  const owed = nextOwed(course, today, intervals);
  return owed ? { kind: owed.kind, dueOn: owed.due, overdue: owed.overdue } : null;
}
