import { addDays, type IsoDate } from '../platform/dates.ts';

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Copenhagen's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number): number {
  const p = Object.fromEntries(parts.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a day begins in Copenhagen, where the users and their meetings are. */
export function startOfDay(day: IsoDate): Date {
  const utc = Date.parse(`${day}T00:00:00Z`);
  // Twice: the first guess may sit on the other side of a daylight-saving change.
  const guess = utc - offsetAt(utc);
  return new Date(utc - offsetAt(guess));
}

/** The days from `from` to `to`, both included, as instants [start of from, start of the day after to). */
export function periodInstants(from: IsoDate, to: IsoDate): { start: Date; end: Date } {
  return { start: startOfDay(from), end: startOfDay(addDays(to, 1)) };
}
