import { addMonths } from '../platform/dates.ts';
import type { DayView, MonthView } from './schemas.ts';

const shareOf = (present: number, registered: number) => (registered > 0 ? present / registered : null);

/** A month's figures from its registered days; unregistered days count nowhere. */
export function summarise(
  days: ReadonlyArray<Pick<DayView, 'day' | 'status' | 'absenceReason' | 'hours'>>,
): NonNullable<MonthView['summary']> {
  const absentDays = { sick: 0, agreed: 0, unexplained: 0 };
  let presentDays = 0;
  let hours = 0;
  for (const d of days) {
    hours += d.hours;
    if (d.status === 'present') presentDays += 1;
    else if (d.absenceReason) absentDays[d.absenceReason] += 1;
  }
  return {
    registeredDays: days.length,
    presentDays,
    absentDays,
    // Rounded to the column's two decimals so float sums do not show 7.999999.
    hours: Math.round(hours * 100) / 100,
    presentShare: shareOf(presentDays, days.length),
  };
}

/** The `count` months ending with `month` (YYYY-MM), oldest first. */
export function monthsEndingWith(month: string, count: number): string[] {
  const out: string[] = [];
  for (let back = count - 1; back >= 0; back--) out.push(addMonths(`${month}-01`, -back).slice(0, 7));
  return out;
}

/** One entry per month, months without registrations included as zero. */
export function trend(
  months: ReadonlyArray<string>,
  counts: ReadonlyArray<{ month: string; registered: number; present: number }>,
): NonNullable<MonthView['trend']> {
  const byMonth = new Map(counts.map((c) => [c.month, c]));
  return months.map((month) => {
    const c = byMonth.get(month);
    const registeredDays = Number(c?.registered ?? 0);
    const presentDays = Number(c?.present ?? 0);
    return { month, registeredDays, presentDays, presentShare: shareOf(presentDays, registeredDays) };
  });
}
