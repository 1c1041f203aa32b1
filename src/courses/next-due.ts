import { nextMeasurementDue } from '../measurements/schedule.ts';
import type { IsoDate } from '../platform/dates.ts';
import { nextStatusLetterDue } from '../status-letters/schedule.ts';

export interface NextDue {
  kind: 'statusLetter' | 'measurement';
  dueOn: IsoDate;
  overdue: boolean;
}

/** The earliest thing due on an active, started course; an overdue item always comes first. */
export function nextDue(
  course: { status: string; startDate: IsoDate | null; lastMeasuredOn: IsoDate | null },
  today: IsoDate,
): NextDue | null {
  if (course.status !== 'active' || !course.startDate || course.startDate > today) return null;
  const candidates: NextDue[] = [
    {
      kind: 'measurement',
      dueOn: nextMeasurementDue(course.startDate, course.lastMeasuredOn),
      overdue: false,
    },
    { kind: 'statusLetter', dueOn: nextStatusLetterDue(course.startDate, today), overdue: false },
  ];
  for (const c of candidates) c.overdue = c.dueOn < today;
  candidates.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return candidates[0] ?? null;
}
