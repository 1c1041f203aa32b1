import { useQuery } from '@tanstack/react-query';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { circleSteps, type GoalVersion, goalHistoryQuery } from './api.ts';

type Snapshot = GoalVersion['snapshot'];

/** Every version of a goal, newest first, each with what changed since the one before. */
export function GoalHistory({
  courseId,
  goalId,
  headingRef,
  level,
}: {
  courseId: string;
  goalId: string;
  level: 'h4' | 'h5';
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useQuery(goalHistoryQuery(courseId, goalId));
  const Heading = level;

  const describe = (s: Snapshot) => ({
    title: s.title,
    status: t(`goals.statuses.${s.status}`),
    area: t(`goals.areas.${s.area}`),
    track: s.track ? t(`tracks.${s.track}`) : t('goals.noTrack'),
    ...Object.fromEntries(circleSteps.map((step) => [`circle.${step}`, s.circle[step] || '–'])),
  });
  const label = (key: string) =>
    key.startsWith('circle.')
      ? t(`goals.circle.${key.slice(7) as (typeof circleSteps)[number]}`)
      : t(`goals.${key as 'title' | 'status' | 'area' | 'track'}`);

  return (
    <section className="app-history" aria-labelledby={`history-heading-${goalId}`}>
      <Heading id={`history-heading-${goalId}`} ref={headingRef} tabIndex={-1}>
        {t('goals.historyTitle')}
      </Heading>
      {history.isPending ? <Loading /> : null}
      {history.isError ? <LoadError onRetry={() => void history.refetch()} /> : null}
      {history.data ? (
        <ol className="app-plain-list">
          {[...history.data.versions]
            .sort((a, b) => b.version - a.version)
            .map((v) => {
              const previous = history.data.versions.find((p) => p.version === v.version - 1);
              const now = describe(v.snapshot);
              const before = previous ? describe(previous.snapshot) : null;
              const changed = before
                ? Object.entries(now).filter(([key, value]) => before[key as keyof typeof before] !== value)
                : [];
              return (
                <li key={v.version} className="app-history-item">
                  <p className="app-meta">
                    {t('goals.versionLine', {
                      version: v.version,
                      when: format.dateTime(v.changedAt),
                      who: v.changedBy?.displayName ?? t('goals.unknownAuthor'),
                    })}
                  </p>
                  {before === null ? (
                    <p>{t('goals.created', { title: v.snapshot.title, status: now.status })}</p>
                  ) : changed.length ? (
                    <ul>
                      {changed.map(([key, value]) => (
                        <li key={key}>
                          {label(key)}
                          {label(key).endsWith('?') ? ' ' : ': '}
                          <del>{before[key as keyof typeof before]}</del> <span aria-hidden="true">→</span>
                          <span className="sr-only">{t('goals.changedTo')}</span> <ins>{value}</ins>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>{t('goals.noVisibleChange')}</p>
                  )}
                  {v.snapshot.note ? <p>{t('goals.noteLine', { note: v.snapshot.note })}</p> : null}
                </li>
              );
            })}
        </ol>
      ) : null}
    </section>
  );
}
