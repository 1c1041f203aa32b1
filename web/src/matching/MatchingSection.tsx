import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Industry, WorkFunction } from '../../../src/companies/vocabulary.ts';
import { ApiError } from '../app/api.ts';
import { useFormat } from '../app/format.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { can, courseQuery } from '../courses/api.ts';
import {
  type Decision,
  decisionsQuery,
  profileQuery,
  type Suggestion,
  suggestionsQuery,
  type WorkProfile,
} from './api.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { Reasons } from './Reasons.tsx';
import './matching.css';

/**
 * Matching on the tab "Praktik og job": the young person's work profile, the companies suggested
 * for them with the reasons, and the decisions recorded. Suggestions, never automatic decisions.
 */
export function MatchingSection({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useQuery(courseQuery(courseId));
  const canWrite = course.data ? can(course.data, 'matching.write') : false;
  const profile = useQuery(profileQuery(courseId));
  // Without the young person's consent to share it (a caseworker), matching is not there at all.
  if (profile.error instanceof ApiError && profile.error.isNotFound) return null;
  return (
    <section aria-labelledby="matching-heading" className="mt-7">
      <h3 id="matching-heading">{t('matching.title')}</h3>
      <p className="app-intro">{t('matching.intro')}</p>
      {profile.isPending ? <Loading /> : null}
      {profile.isError ? <LoadError onRetry={() => void profile.refetch()} /> : null}
      {profile.data ? (
        canWrite ? (
          <ProfileForm courseId={courseId} profile={profile.data.profile} />
        ) : (
          <ProfileSummary profile={profile.data.profile} />
        )
      ) : null}
      <Suggestions courseId={courseId} canWrite={canWrite} />
      <Decisions courseId={courseId} />
    </section>
  );
}

function ProfileSummary({ profile: p }: { profile: WorkProfile | null }) {
  const { t } = useTranslation();
  if (!p) return <p>{t('matching.profile.none')}</p>;
  return (
    <dl className="app-match-profile">
      <dt>{t('matching.profile.functions')}</dt>
      <dd>{p.workFunctions.map((f) => t(`workFunction.${f as WorkFunction}`)).join(', ') || '–'}</dd>
      <dt>{t('matching.profile.industries')}</dt>
      <dd>{p.industries.map((i) => t(`industry.${i as Industry}`)).join(', ') || '–'}</dd>
      <dt>{t('matching.profile.support')}</dt>
      <dd>{t(`level.${p.supportLevel}`)}</dd>
      <dt>{t('matching.profile.homePlace')}</dt>
      <dd>{p.homePlace || '–'}</dd>
    </dl>
  );
}

function Suggestions({ courseId, canWrite }: { courseId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const suggestions = useQuery(suggestionsQuery(courseId));
  const [choosing, setChoosing] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasChoosing = useRef(false);
  // Focus follows the form: into it when it opens, back to the list's heading when it closes.
  useEffect(() => {
    if (choosing) formHeading.current?.focus();
    else if (wasChoosing.current) heading.current?.focus();
    wasChoosing.current = choosing !== null;
  }, [choosing]);
  const list: Suggestion[] = suggestions.data?.suggestions ?? [];
  return (
    <section aria-labelledby="suggestions-heading" className="mt-5">
      <h4 id="suggestions-heading" ref={heading} tabIndex={-1}>
        {t('matching.suggestions.title')}
      </h4>
      <p>{t('matching.suggestions.notDecisions')}</p>
      {suggestions.isPending ? <Loading /> : null}
      {suggestions.isError ? <LoadError onRetry={() => void suggestions.refetch()} /> : null}
      {suggestions.data && !suggestions.data.hasProfile ? (
        <p>{t('matching.suggestions.needProfile')}</p>
      ) : null}
      {suggestions.data?.hasProfile && list.length === 0 ? <p>{t('matching.suggestions.none')}</p> : null}
      {list.length > 0 ? (
        <ol className="app-plain-list" data-testid="match-suggestions">
          {list.map((s) => (
            <li key={s.companyId}>
              <article className="app-match" aria-labelledby={`match-${s.companyId}`}>
                <h5 id={`match-${s.companyId}`}>
                  {t('matching.suggestions.rank', { rank: s.rank })} {s.companyName}
                </h5>
                <p className="app-match-meta">
                  {t(`industry.${s.industry as Industry}`)} ·{' '}
                  {t('matching.suggestions.score', { score: format.number(s.score) })}
                </p>
                <Reasons reasons={s.reasons} />
                {canWrite && choosing === null ? (
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => setChoosing(s.companyId)}
                  >
                    {t('matching.suggestions.choose')}
                    <span className="sr-only"> {s.companyName}</span>
                  </button>
                ) : null}
                {canWrite && choosing === s.companyId ? (
                  <DecisionForm
                    courseId={courseId}
                    suggestion={s}
                    headingRef={formHeading}
                    onDone={() => setChoosing(null)}
                  />
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function Decisions({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const decisions = useQuery(decisionsQuery(courseId));
  const list: Decision[] = decisions.data?.decisions ?? [];
  return (
    <section aria-labelledby="decisions-heading" className="mt-5">
      <h4 id="decisions-heading">{t('matching.decisions.title')}</h4>
      {decisions.isPending ? <Loading /> : null}
      {decisions.isError ? <LoadError onRetry={() => void decisions.refetch()} /> : null}
      {decisions.data && list.length === 0 ? <p>{t('matching.decisions.none')}</p> : null}
      {list.length > 0 ? (
        <ul className="app-plain-list" data-testid="match-decisions">
          {list.map((d) => (
            <li key={d.id} className="app-match">
              <p>
                <strong>{d.companyName}</strong>
                {d.openingTitle ? ` · ${d.openingTitle}` : ''}
              </p>
              <p className="app-match-meta">
                {d.suggestedRank === null
                  ? t('matching.decisions.notSuggested')
                  : t('matching.decisions.rank', { rank: d.suggestedRank })}
                {' · '}
                {t('matching.decisions.by', {
                  who: d.decidedBy ?? t('matching.decisions.someone'),
                  when: format.dateTime(d.decidedAt),
                })}
              </p>
              <p>{d.reason}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
