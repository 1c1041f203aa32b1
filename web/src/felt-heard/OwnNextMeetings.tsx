import { useTranslation } from 'react-i18next';
import { useMeetingFormat } from '../overview/format.ts';
import type { OwnMeeting } from './api.ts';

/** "Mine næste møder": what, when, where, one meeting a line, in easy-read words. */
export function OwnNextMeetings({ meetings }: { meetings: OwnMeeting[] }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  return (
    <section className="own-section" aria-labelledby="own-next-meetings">
      <h2 id="own-next-meetings">{t('ownMeetings.title')}</h2>
      {meetings.length === 0 ? (
        <p>{t('ownMeetings.none')}</p>
      ) : (
        <ul className="app-plain-list own-lines" data-testid="own-next-meetings">
          {meetings.map((m) => (
            <li key={m.id}>
              <strong className="own-meeting-what">{t(`ownMeetings.kinds.${m.kind}`)}</strong>
              <span className="own-meeting-line">
                {t('ownMeetings.when', { when: format.dayAndTime(m) })}
              </span>
              {m.place ? (
                <span className="own-meeting-line">{t('ownMeetings.where', { place: m.place })}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
