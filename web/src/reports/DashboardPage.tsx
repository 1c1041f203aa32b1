import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { useFormat } from '../app/format.ts';
import { LoadError, Loading, NoAccessPage } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { AsOfField } from './AsOfField.tsx';
import { AttendanceTrend } from './AttendanceTrend.tsx';
import { dashboardQuery, partnershipsQuery } from './api.ts';
import { DistributionFigure } from './DistributionFigure.tsx';
import { DueFigures } from './DueFigures.tsx';
import { dashboardCsvUrl, reportPdfUrl } from './exports-api.ts';
import { FeltHeard } from './FeltHeard.tsx';
import { FirstContact } from './FirstContact.tsx';
import { distributions } from './figures.ts';
import { Intake } from './Intake.tsx';
import { OutcomeSplit } from './OutcomeSplit.tsx';
import { SuccessCriterion } from './SuccessCriterion.tsx';
import './dashboard.css';

/**
 * The partnership's dashboard (DOMAIN.md "The partnership's view") as of a day the reader picks:
 * every figure in words, as a chart and as a table, each count linking to the rows behind it.
 */
export function DashboardPage({ partnershipId, asOf }: { partnershipId: string; asOf: string }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const navigate = useNavigate();
  // The previous day's figures stay in sight while the new day's load: the page does not jump.
  const query = useQuery({ ...dashboardQuery(partnershipId, asOf), placeholderData: keepPreviousData });
  const partnerships = useQuery(partnershipsQuery).data?.items ?? [];
  const d = query.data;
  useDocumentTitle(t('dashboard.documentTitle'), d?.partnership.name ?? null);

  // No such partnership, not the reader's, or not an id at all: the same answer.
  if (isApiError(query.error, 404) || isApiError(query.error, 400)) return <NoAccessPage />;
  if (query.isError && !d) return <LoadError onRetry={() => void query.refetch()} />;
  if (!d) return <Loading />;
  const updating = query.isPlaceholderData;

  return (
    <div
      className="app-dashboard"
      data-as-of={updating ? undefined : d.asOf}
      aria-busy={updating || undefined}
    >
      <h1>{d.partnership.name}</h1>
      <p className="app-meta">
        {t('dashboard.parties', {
          municipality: d.partnership.municipality,
          institution: d.partnership.institution,
        })}
      </p>
      <div className="app-dashboard-top">
        <AsOfField
          asOf={asOf}
          onAsOf={(day) =>
            void navigate({
              to: '/partnerskab/$id',
              params: { id: partnershipId },
              search: { asOf: day },
              replace: true,
            })
          }
        />
        <ul className="app-plain-list app-dashboard-links">
          <li>
            <a className="button button-secondary" href={reportPdfUrl(partnershipId, asOf)}>
              {t('dashboard.pdf')}
            </a>
          </li>
          <li>
            <a className="button button-tertiary" href={dashboardCsvUrl(partnershipId, asOf)} download>
              {t('dashboard.csv')}
            </a>
          </li>
          <li>
            <Link to="/partnerskab/$id/aftale" params={{ id: partnershipId }}>
              {d.agreementVersion === null
                ? t('dashboard.agreementNone')
                : t('dashboard.agreement', { version: d.agreementVersion })}
            </Link>
          </li>
          {partnerships.length > 1 ? (
            <li>
              <Link to="/partnerskab" search={{ asOf }}>
                {t('dashboard.compareLink')}
              </Link>
            </li>
          ) : null}
        </ul>
      </div>
      <p className="app-meta" data-testid="dashboard-as-of">
        {t('dashboard.asOfText', { date: date(d.asOf) })} {t('dashboard.statisticsNote')}
      </p>
      {query.isError ? <LoadError onRetry={() => void query.refetch()} /> : null}

      <div className="app-dashboard-grid">
        <SuccessCriterion report={d.report} partnershipId={partnershipId} asOf={d.asOf} />
        <Intake report={d.report} partnershipId={partnershipId} asOf={d.asOf} />
        <OutcomeSplit split={d.outcomeSplit} />
        <DistributionFigure
          figure="outcomes"
          counts={d.report.outcomes}
          partnershipId={partnershipId}
          asOf={d.asOf}
        />
        {distributions.map((figure) => (
          <DistributionFigure
            key={figure}
            figure={figure}
            counts={d.report[figure]}
            partnershipId={partnershipId}
            asOf={d.asOf}
          />
        ))}
        <AttendanceTrend months={d.attendance} />
        <DueFigures due={d.due} />
        <FirstContact firstContact={d.firstContact} partnershipId={partnershipId} asOf={d.asOf} />
        <FeltHeard feltHeard={d.report.feltHeard} />
      </div>
    </div>
  );
}
