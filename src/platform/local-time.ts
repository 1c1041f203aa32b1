import type { IsoDate } from '../platform/dates.ts';

const zone = 'Europe/Copenhagen';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Copenhagen's wall clock at an instant: '2026-03-29', '14:05'. */
export function localParts(at: Date): { date: IsoDate; time: string } {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/**
 * The instant a Copenhagen wall-clock time names (meetings are planned in local time, stored as
 * instants). Guesses the offset from UTC and corrects it once, which also holds across the
 * daylight-saving changes; a time that does not exist in spring falls an hour later.
 */
export function instantOf(date: IsoDate, time: string): Date {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const seen = localParts(new Date(guess));
    const drift = Date.parse(`${seen.date}T${seen.time}:00Z`) - wanted;
    guess -= drift;
  }
  return new Date(guess);
}
