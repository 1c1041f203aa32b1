import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { localParts } from './api.ts';

/** "tirsdag 10. marts kl. 09:00–10:00": a meeting's time on Copenhagen's clock, where it takes place. */
export function useMeetingTime() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (meeting: { startsAt: string; endsAt: string }) => {
    const start = localParts(new Date(meeting.startsAt));
    const end = localParts(new Date(meeting.endsAt));
    return t('meetings.whenValue', { date: fmt.weekdayDate(start.date), start: start.time, end: end.time });
  };
}
