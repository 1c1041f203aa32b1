import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, Navigate, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { useFormat } from '../app/format.ts';
import { LoadError, Loading, NoAccessPage } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { ScrollBox } from '../measurements/ScrollBox.tsx';
import { AsOfField } from './AsOfField.tsx';
import { type ComparisonItem, comparisonQuery, partnershipsQuery } from './api.ts';
import { ComparisonTable } from './ComparisonTable.tsx';
import { chartPercent } from './figures.ts';
import { type ChartOption, LazyChart } from './LazyChart.tsx';
import { ShownCell } from './ShownCell.tsx';
import './dashboard.css';

/**
 * "Tal": a reader of exactly one partnership goes straight to its dashboard; a reader of several
 * sees them side by side, with small numbers hidden (src/reports/suppress.ts).
 */
export function PartnershipsPage({ asOf }: { asOf: string }) {
  const { t } = useTranslation();
  const list = useQuery(partnershipsQuery);
  const items = list.data?.items;
  const one = items?.length === 1 ? items[0] : undefined;
  useDocumentTitle(t('dashboard.compare.title'));
  if (one) return <Navigate to="/partnerskab/$id" params={{ id: one.id }} search={{ asOf }} replace />;
  if (list.isError) return <LoadError onRetry={() => void list.refetch()} />;
  if (!items) return <Loading />;
  if (items.length === 0)
    return (
      <>
        <h1>{t('dashboard.compare.title')}</h1>
        <p>{t('dashboard.compare.nothing')}</p>
      </>
    );
  return <Comparison asOf={asOf} />;
}

function Comparison({ asOf }: { asOf: string }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const navigate = useNavigate();
  const query = useQuery({ ...comparisonQuery(asOf), placeholderData: keepPreviousData });
  const data = query.data;
  if (isApiError(query.error, 404)) return <NoAccessPage />;
  if (query.isError && !data) return <LoadError onRetry={() => void query.refetch()} />;
  if (!data) return <Loading />;
  const updating = query.isPlaceholderData;
  return (
    <div
      className="app-dashboard"
      data-as-of={updating ? undefined : data.asOf}
      aria-busy={updating || undefined}
    >
      <h1>{t('dashboard.compare.title')}</h1>
      <p>{t('dashboard.compare.intro')}</p>
      <AsOfField
        asOf={asOf}
        onAsOf={(day) => void navigate({ to: '/partnerskab', search: { asOf: day }, replace: true })}
      />
      <p className="app-meta">{t('dashboard.asOfText', { date: date(data.asOf) })}</p>
      <p data-testid="suppression-note">{t('dashboard.compare.suppressionNote', { min: data.minShown })}</p>
      <nav aria-label={t('dashboard.compare.dashboards')}>
        <ul className="app-plain-list app-dashboard-links">
          {data.items.map((i) => (
            <li key={i.partnership.id}>
              <Link to="/partnerskab/$id" params={{ id: i.partnership.id }} search={{ asOf }}>
                {t('dashboard.compare.dashboardOf', { name: i.partnership.name })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ComparisonTable items={data.items} />
      <CloserShareChart items={data.items} />
    </div>
  );
}

/** The success criterion per partnership, against each one's own target. */
function CloserShareChart({ items }: { items: readonly ComparisonItem[] }) {
  const { t } = useTranslation();
  const { percent } = useFormat();
  const option: ChartOption = useMemo(
    () => ({
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: items.map((i) => i.partnership.name) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series: [
        {
          type: 'bar',
          name: t('dashboard.success.actualLabel'),
          data: items.map((i) => (i.closerShare.suppressed ? '-' : chartPercent(i.closerShare.value))),
        },
        {
          type: 'bar',
          name: t('dashboard.success.targetLabel'),
          data: items.map((i) => chartPercent(i.targetCloserShare)),
        },
      ],
    }),
    [items, t],
  );
  return (
    <section
      className="app-dashboard-figure"
      aria-labelledby="closer-share-title"
      data-testid="figure-closerShare"
    >
      <h2 id="closer-share-title" className="h3">
        {t('dashboard.compare.closerShareTitle')}
      </h2>
      <div className="app-dashboard-pair">
        <LazyChart option={option} />
        <ScrollBox label={t('dashboard.compare.closerShareTitle')}>
          <table className="table table--compact app-table" data-testid="table-closerShare">
            <caption className="sr-only">{t('dashboard.compare.closerShareTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.compare.partnership')}</th>
                <th scope="col">{t('dashboard.success.actualLabel')}</th>
                <th scope="col">{t('dashboard.success.targetLabel')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.partnership.id}>
                  <th scope="row">{i.partnership.name}</th>
                  <td>
                    <ShownCell figure={i.closerShare} share />
                  </td>
                  <td>
                    {i.targetCloserShare === null ? t('dashboard.noTarget') : percent(i.targetCloserShare)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </div>
    </section>
  );
}
