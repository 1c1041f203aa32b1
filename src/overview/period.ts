import { addDays, type IsoDate } from '../platform/dates.ts';
import { instantOf } from '../platform/local-time.ts';

/** The instant a day begins in Copenhagen, where the users and their meetings are. */
export function startOfDay(day: IsoDate): Date {
  return instantOf(day, '00:00');
}

/** The days from `from` to `to`, both included, as instants [start of from, start of the day after to). */
export function periodInstants(from: IsoDate, to: IsoDate): { start: Date; end: Date } {
  return { start: startOfDay(from), end: startOfDay(addDays(to, 1)) };
}
