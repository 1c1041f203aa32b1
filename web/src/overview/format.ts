import { useTranslation } from 'react-i18next';
import { localeOf } from '../app/i18n.ts';

/** Meeting times on Copenhagen's clock, where the meetings are held, whatever the browser's zone. */
export function useMeetingFormat() {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const clock = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Copenhagen',
  });
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'Europe/Copenhagen',
  });
  const time = (m: { startsAt: string; endsAt: string }) =>
    `${clock.format(new Date(m.startsAt))}–${clock.format(new Date(m.endsAt))}`;
  return {
    time,
    dayAndTime: (m: { startsAt: string; endsAt: string }) => `${day.format(new Date(m.startsAt))} ${time(m)}`,
    /** A calendar day 'YYYY-MM-DD', formatted at noon UTC so no zone shifts it. */
    weekday: (iso: string, style: 'long' | 'short') =>
      new Intl.DateTimeFormat(locale, {
        weekday: style,
        day: 'numeric',
        month: style === 'long' ? 'long' : 'short',
        timeZone: 'UTC',
      }).format(new Date(`${iso}T12:00:00Z`)),
    weekdayName: (iso: string) =>
      new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
        new Date(`${iso}T12:00:00Z`),
      ),
    dayNumber: (iso: string) => String(Number(iso.slice(8, 10))),
    month: (iso: string) =>
      new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${iso.slice(0, 7)}-01T12:00:00Z`),
      ),
    range: (from: string, to: string) =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).formatRange(new Date(`${from}T12:00:00Z`), new Date(`${to}T12:00:00Z`)),
  };
}
