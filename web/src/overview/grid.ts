/**
 * The calendar's days: weeks start on Monday (Danish custom, ISO 8601); days are 'YYYY-MM-DD'
 * strings, so no time zone shifts them. Pure, with unit tests.
 */
export type CalendarView = 'list' | 'week' | 'month';
export const calendarViews: readonly CalendarView[] = ['list', 'week', 'month'];

/** The views by their Danish names in the address (?visning=uge). */
export const viewParam: Record<CalendarView, string> = { list: 'liste', week: 'uge', month: 'maaned' };
export const viewOfParam = (value: unknown): CalendarView | undefined =>
  (Object.entries(viewParam) as Array<[CalendarView, string]>).find(([, p]) => p === value)?.[0];

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  const d = utc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** The Monday of the week a day is in. */
export function mondayOf(day: string): string {
  const weekday = (utc(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

/** The seven days of the week a day is in, Monday first. */
export function weekOf(day: string): string[] {
  const monday = mondayOf(day);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** ISO 8601 week number: week 1 holds the year's first Thursday. */
export function isoWeek(day: string): number {
  const thursday = addDays(mondayOf(day), 3);
  const jan1 = utc(`${thursday.slice(0, 4)}-01-01`);
  return Math.floor((utc(thursday).getTime() - jan1.getTime()) / (7 * 86_400_000)) + 1;
}

export interface MonthCell {
  day: string;
  inMonth: boolean;
}

/** The month's grid: whole weeks from the Monday on or before the 1st to the Sunday on or after the last day. */
export function monthGrid(day: string): MonthCell[][] {
  const month = day.slice(0, 7);
  const first = `${month}-01`;
  const last = addDays(shiftMonthOf(first, 1), -1);
  const weeks: MonthCell[][] = [];
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7))
    weeks.push(weekOf(monday).map((d) => ({ day: d, inMonth: d.slice(0, 7) === month })));
  return weeks;
}

/** The first of the month `by` months from the month of `day`. */
export function shiftMonthOf(day: string, by: number): string {
  const d = utc(`${day.slice(0, 7)}-01`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return iso(d);
}

/** The days a view shows around a day: the list shows four weeks from the day's week. */
export function periodOf(view: CalendarView, day: string): { from: string; to: string } {
  if (view === 'week') {
    const days = weekOf(day);
    return { from: days[0] as string, to: days[6] as string };
  }
  if (view === 'month') {
    const weeks = monthGrid(day);
    return { from: weeks[0]?.[0]?.day as string, to: weeks.at(-1)?.[6]?.day as string };
  }
  const monday = mondayOf(day);
  return { from: monday, to: addDays(monday, 27) };
}

/** The day to show after pressing "previous" or "next". */
export function step(view: CalendarView, day: string, by: 1 | -1): string {
  if (view === 'month') return shiftMonthOf(day, by);
  return addDays(day, (view === 'week' ? 7 : 28) * by);
}

const copenhagenDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** The Copenhagen calendar day an instant falls on (where the meetings are held). */
export const dayOf = (timestamp: string) => copenhagenDay.format(new Date(timestamp));

/** Meetings by the day they start on, each day's in order of start. */
export function byDay<M extends { startsAt: string }>(meetings: readonly M[]): Map<string, M[]> {
  const days = new Map<string, M[]>();
  for (const m of [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = dayOf(m.startsAt);
    days.set(day, [...(days.get(day) ?? []), m]);
  }
  return days;
}
