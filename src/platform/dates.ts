/** Calendar days as 'YYYY-MM-DD' strings: no time zone can shift them. */
export type IsoDate = string;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const m = isoDate.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

// Building a formatter costs far more than using one (it was 6% of the course page's CPU).
const copenhagenDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** Today in Copenhagen, where the users are. */
export function today(now: Date = new Date()): IsoDate {
  return copenhagenDay.format(now);
}

/*
 * Day arithmetic on the digits, without Date objects: the due rules run it for every course of a
 * partnership on each dashboard read, where building and formatting Dates cost more than the SQL.
 * The unit tests check it against Date's own arithmetic over many random days.
 */
const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
const monthOf = (date: IsoDate) => Number(date.slice(5, 7));
const dayOf = (date: IsoDate) => Number(date.slice(8, 10));
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const format = (y: number, m: number, d: number): IsoDate =>
  `${y < 1000 ? String(y).padStart(4, '0') : y}-${pad2(m)}-${pad2(d)}`;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const daysInMonth = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : (DAYS_IN_MONTH[m - 1] as number));

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day of a day number (civil_from_days). */
function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return format(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

const dayNumberOf = (date: IsoDate) => dayNumber(yearOf(date), monthOf(date), dayOf(date));

export function addMonths(date: IsoDate, months: number): IsoDate {
  const total = yearOf(date) * 12 + monthOf(date) - 1 + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return format(y, m, Math.min(dayOf(date), daysInMonth(y, m)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumberOf(date) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** Whole years of age on a day; someone born on 29 February turns a year older on 1 March. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const age = yearOf(on) - yearOf(birthDate);
  // 'MM-DD' compare as strings: the birthday not yet reached this year.
  return on.slice(5) < birthDate.slice(5) ? age - 1 : age;
}

export function monthRange(month: string): { first: IsoDate; last: IsoDate } {
  const first = `${month}-01`;
  const last = addDays(addMonths(first, 1), -1);
  return { first, last };
}

/** The later of two days ('YYYY-MM-DD' compare as strings; Math.max would not do). */
export const laterDay = (a: IsoDate, b: IsoDate): IsoDate => (a.localeCompare(b) >= 0 ? a : b);

/** The earlier of two days. */
export const earlierDay = (a: IsoDate, b: IsoDate): IsoDate => (a.localeCompare(b) <= 0 ? a : b);
