import { useTranslation } from 'react-i18next';
import { localeOf } from './i18n.ts';

/** Dates are calendar days 'YYYY-MM-DD'; they are formatted at noon UTC so no zone shifts them. */
const atNoon = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** Today as 'YYYY-MM-DD' in the user's own time zone. */
export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** 'YYYY-MM' moved by whole months. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * One formatter per locale and kind, made once: building an Intl formatter costs far more than
 * using it, and a caseload formats a few dates and figures per row (issue 11: a phone's CPU).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let made = formatters.get(key) as F | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

export function useFormat() {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const dates = (kind: string, options: Intl.DateTimeFormatOptions) =>
    formatter(`${locale} ${kind}`, () => new Intl.DateTimeFormat(locale, options));
  const numbers = (kind: string, options: Intl.NumberFormatOptions) =>
    formatter(`${locale} ${kind}`, () => new Intl.NumberFormat(locale, options));
  return {
    date: (iso: string) =>
      dates('date', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(atNoon(iso)),
    shortDate: (iso: string) =>
      dates('shortDate', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        atNoon(iso),
      ),
    weekdayDate: (iso: string) =>
      dates('weekdayDate', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        atNoon(iso),
      ),
    dateTime: (timestamp: string) =>
      dates('dateTime', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(timestamp)),
    month: (month: string) =>
      dates('month', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(atNoon(`${month}-01`)),
    percent: (share: number) =>
      numbers('percent', { style: 'percent', maximumFractionDigits: 0 }).format(share),
    number: (value: number) => numbers('number', { maximumFractionDigits: 1 }).format(value),
  };
}
