import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../app/format.ts';
import { localeOf } from '../app/i18n.ts';
import { announce } from '../app/live.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import {
  ACCESS_LOG_PAGE_ENTRIES,
  type AccessLogEntry,
  accessLogCsvUrl,
  accessLogQuery,
  actionWords,
} from '../audit/api.ts';
import { roleKey } from '../courses/roles.ts';
import { OwnCourseGate } from './OwnCourseGate.tsx';
import './own-page.css';

/** How many entries are shown at first, and how many more each "Vis flere" adds. */
const ENTRIES_AT_A_TIME = 20;

/**
 * "Hvem har set mine oplysninger?" (GDPR art. 15), in easy-read words: newest first, grouped by
 * day; each entry says when, who (with their role and organisation) and what they did; a refused
 * attempt says so plainly. The whole list can be downloaded.
 */
export function OwnAccessLogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accessLog.title'));
  return (
    <div className="own-page">
      <p className="app-back">
        <Link to="/min-side">{t('myPage.backToMyPage')}</Link>
      </p>
      <h1>{t('accessLog.title')}</h1>
      <OwnCourseGate>{(courseId) => <AccessLog courseId={courseId} />}</OwnCourseGate>
    </div>
  );
}

function AccessLog({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const log = useQuery(accessLogQuery(courseId));
  const [shown, setShown] = useState(ENTRIES_AT_A_TIME);
  // After "Vis flere" the first new entry gets focus, so the reader goes on where the list grew.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const entries = log.data?.entries ?? [];
  const visible = entries.slice(0, shown);

  function showMore() {
    const next = Math.min(shown + ENTRIES_AT_A_TIME, entries.length);
    setFocusIndex(shown);
    setShown(next);
    announce(t('accessLog.showing', { shown: next, total: entries.length }));
  }

  return (
    <>
      <p>{t('accessLog.intro')}</p>
      <p>{t('accessLog.introChanges')}</p>
      <p>{t('accessLog.newestFirst')}</p>
      <p>{t('accessLog.ask')}</p>
      <p className="own-download">
        <a
          className="button button-secondary own-link-button"
          href={accessLogCsvUrl(courseId)}
          download
          aria-describedby="own-download-hint"
        >
          {t('accessLog.download')}
        </a>
        <span id="own-download-hint">{t('accessLog.downloadHint')}</span>
      </p>
      {log.isPending ? <Loading /> : null}
      {log.isError ? (
        <>
          <p>{t('accessLog.unavailable')}</p>
          <LoadError onRetry={() => void log.refetch()} />
        </>
      ) : null}
      {log.isSuccess && entries.length === 0 ? <p>{t('accessLog.none')}</p> : null}
      {entries.length > 0 ? (
        <>
          <Days entries={visible} focusIndex={focusIndex} onFocused={() => setFocusIndex(null)} />
          <p className="own-showing" data-testid="access-log-showing">
            {t('accessLog.showing', { shown: visible.length, total: entries.length })}
          </p>
          {visible.length < entries.length ? (
            <button type="button" className="button button-primary own-more" onClick={showMore}>
              {t('accessLog.more')}
            </button>
          ) : null}
          {visible.length === entries.length && entries.length >= ACCESS_LOG_PAGE_ENTRIES ? (
            <p>{t('accessLog.onlyNewest', { count: entries.length })}</p>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** A calendar day in the reader's own time zone, 'YYYY-MM-DD'. */
const dayOf = (at: string) => todayIso(new Date(at));

function useWhen() {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const today = todayIso();
  const yesterday = todayIso(new Date(Date.now() - 86_400_000));
  const dayName = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return {
    day: (at: string) => {
      const day = dayOf(at);
      if (day === today) return t('accessLog.today');
      if (day === yesterday) return t('accessLog.yesterday');
      const name = dayName.format(new Date(at));
      return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
    },
    time: (at: string) => t('accessLog.at', { time: time.format(new Date(at)) }),
  };
}

/** The entries under one heading per day, newest day first (the server's order). */
function Days({
  entries,
  focusIndex,
  onFocused,
}: {
  entries: AccessLogEntry[];
  focusIndex: number | null;
  onFocused: () => void;
}) {
  const when = useWhen();
  const days: Array<{ day: string; items: Array<{ entry: AccessLogEntry; index: number }> }> = [];
  entries.forEach((entry, index) => {
    const day = dayOf(entry.at);
    const last = days[days.length - 1];
    if (last?.day === day) last.items.push({ entry, index });
    else days.push({ day, items: [{ entry, index }] });
  });
  return (
    <div className="own-log" data-testid="access-log">
      {days.map(({ day, items }) => (
        <section key={day} className="own-log-day" aria-labelledby={`own-log-${day}`}>
          <h2 id={`own-log-${day}`}>{when.day(items[0]?.entry.at ?? day)}</h2>
          <ul className="app-plain-list own-log-entries">
            {items.map(({ entry, index }) => (
              <li key={`${entry.at}-${index}`}>
                <Entry
                  entry={entry}
                  time={when.time(entry.at)}
                  focus={focusIndex === index}
                  onFocused={onFocused}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function Entry({
  entry,
  time,
  focus,
  onFocused,
}: {
  entry: AccessLogEntry;
  time: string;
  focus: boolean;
  onFocused: () => void;
}) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focus) return;
    ref.current?.focus();
    onFocused();
  }, [focus, onFocused]);
  const words = actionWords[i18n.language.startsWith('en') ? 'en' : 'da'][entry.action];
  const refused = entry.outcome === 'refused';
  // "Prøvede at åbne dit forløb, men måtte ikke." says it all; any other refused action is
  // worded as done, so it is said first that it was not.
  const saysRefused = entry.action === 'course.access';
  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={refused ? 'own-log-entry own-log-refused' : 'own-log-entry'}
      data-testid="access-log-entry"
      data-outcome={entry.outcome}
    >
      <p className="own-log-time">
        <time dateTime={entry.at}>{time}</time>
      </p>
      <p className="own-log-who">
        <strong>{entry.who ?? t('accessLog.system')}</strong>
      </p>
      {entry.role || entry.organisation ? (
        <p className="own-log-role">
          {entry.role ? `${t(`myPage.contacts.role.${roleKey(entry.role)}`)} ` : ''}
          {entry.organisation ? t('accessLog.from', { organisation: entry.organisation }) : ''}
        </p>
      ) : null}
      {refused && !saysRefused ? (
        <>
          <p className="own-log-what">
            <strong>{t('accessLog.refused')}</strong>
          </p>
          <p>
            {t('accessLog.refusedWhat')} {words}
          </p>
        </>
      ) : (
        <p className="own-log-what">{refused ? <strong>{words}</strong> : words}</p>
      )}
    </article>
  );
}
