import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { WorkFunction } from '../../../src/companies/vocabulary.ts';
import { ApiError } from '../app/api.ts';
import { useFormat } from '../app/format.ts';
import { LoadError, Loading, NotFoundPage } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { openingQuery } from './api.ts';
import { Reasons } from './Reasons.tsx';
import './matching.css';

/** A company's opening and the young people suggested for it (only those the reader may see). */
export function OpeningPage({ companyId, openingId }: { companyId: string; openingId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery(openingQuery(companyId, openingId));
  const data = query.data;
  useDocumentTitle(data ? data.opening.title : t('matching.opening.title'), data?.company.name ?? null);
  if (query.error instanceof ApiError && query.error.isNotFound) return <NotFoundPage />;
  return (
    <>
      <p>
        <Link to="/virksomheder/$companyId" params={{ companyId }}>
          {data ? t('matching.opening.back', { company: data.company.name }) : t('companies.title')}
        </Link>
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <LoadError onRetry={() => void query.refetch()} /> : null}
      {data ? (
        <>
          <h1>{data.opening.title}</h1>
          <p className="app-intro">{data.company.name}</p>
          <dl className="app-match-profile">
            <dt>{t('matching.opening.functions')}</dt>
            <dd>
              {data.opening.workFunctions.map((f) => t(`workFunction.${f as WorkFunction}`)).join(', ') ||
                '–'}
            </dd>
            <dt>{t('matching.opening.hours')}</dt>
            <dd>{data.opening.hoursPerWeek === null ? '–' : format.number(data.opening.hoursPerWeek)}</dd>
            <dt>{t('matching.opening.from')}</dt>
            <dd>{data.opening.availableFrom ? format.date(data.opening.availableFrom) : '–'}</dd>
            <dt>{t('matching.opening.status')}</dt>
            <dd>{t(`matching.opening.states.${data.opening.status}`)}</dd>
          </dl>
          {data.opening.note ? <p>{data.opening.note}</p> : null}
          <h2>{t('matching.opening.suggested')}</h2>
          <p>{t('matching.opening.notDecisions')}</p>
          {data.suggestions.length === 0 ? (
            <p>{t('matching.opening.none')}</p>
          ) : (
            <ol className="app-plain-list" data-testid="opening-suggestions">
              {data.suggestions.map((s) => (
                <li key={s.courseId}>
                  <article className="app-match" aria-labelledby={`opening-${s.courseId}`}>
                    <h3 id={`opening-${s.courseId}`}>
                      {t('matching.suggestions.rank', { rank: s.rank })}{' '}
                      <Link to="/forloeb/$courseId/praktik" params={{ courseId: s.courseId }}>
                        {s.participantName ?? t('matching.opening.someone')}
                      </Link>
                    </h3>
                    <p className="app-match-meta">
                      {t('matching.suggestions.score', { score: format.number(s.score) })}
                    </p>
                    <Reasons reasons={s.reasons} />
                  </article>
                </li>
              ))}
            </ol>
          )}
        </>
      ) : null}
    </>
  );
}
