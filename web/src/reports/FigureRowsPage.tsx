import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { useFormat } from '../app/format.ts';
import { LoadError, Loading, NoAccessPage, NotFoundPage } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import {
  type FigureName,
  type FigureRows,
  figureCsvUrl,
  figureRowsQuery,
  isDistributionFigure,
  isFigureName,
} from './exports-api.ts';
import { ReportPdfLink } from './exports-links.tsx';
import { keyText, valueText } from './exports-words.ts';
import './exports.css';

/**
 * "Tallet bag": the young people behind one figure of the partnership's report. The count covers
 * everyone in statistics; by name only those on the reader's own courses, the rest as a number.
 */
export function FigureRowsPage(props: {
  partnershipId: string;
  figure: string;
  asOf: string;
  figureKey?: string;
}) {
  const { figure } = props;
  if (!isFigureName(figure) || isDistributionFigure(figure) !== (props.figureKey !== undefined))
    return <NotFoundPage />;
  return <FigureRowsView {...props} figure={figure} />;
}

function FigureRowsView({
  partnershipId,
  figure,
  asOf,
  figureKey,
}: {
  partnershipId: string;
  figure: FigureName;
  asOf: string;
  figureKey?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useQuery(figureRowsQuery(partnershipId, figure, asOf, figureKey));
  const title =
    figureKey === undefined
      ? t(`figures.name.${figure}`)
      : t('figures.nameWithKey', { name: t(`figures.name.${figure}`), key: keyText(t, figure, figureKey) });
  useDocumentTitle(title, rows.data?.partnership.name);
  if (isApiError(rows.error, 404)) return <NoAccessPage />;
  return (
    <>
      <p className="app-meta">
        <Link to="/partnerskab/$id" params={{ id: partnershipId }} search={{ asOf }}>
          {t('figures.back')}
        </Link>
      </p>
      <h1>{title}</h1>
      {rows.data ? (
        <p className="app-meta">
          {t('figures.partnershipAsOf', { name: rows.data.partnership.name, date: format.date(asOf) })}
        </p>
      ) : null}
      {rows.isPending ? <Loading /> : null}
      {rows.isError ? <LoadError onRetry={() => void rows.refetch()} /> : null}
      {rows.data ? <FigureContent data={rows.data} figure={figure} title={title} /> : null}
      <p className="figure-downloads">
        <a
          className="button button-secondary"
          href={figureCsvUrl(partnershipId, figure, asOf, figureKey)}
          download
          aria-describedby="figure-csv-hint"
        >
          {t('figures.downloadCsv')}
        </a>
        <ReportPdfLink partnershipId={partnershipId} asOf={asOf} />
      </p>
      <p id="figure-csv-hint" className="form-hint">
        {t('figures.csvHint')}
      </p>
    </>
  );
}

function FigureContent({ data, figure, title }: { data: FigureRows; figure: FigureName; title: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <p className="figure-total">
        {t(`figures.inWords.${figure}`, {
          count: data.total,
          key: data.key === null ? '' : keyText(t, figure, data.key),
        })}
      </p>
      {data.rows.length > 0 ? (
        <table className="table table--zebra table-sm-responsive-headers app-table app-stack">
          <caption className="sr-only">{t('figures.caption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('figures.participant')}</th>
              <th scope="col">{t('figures.ref')}</th>
              <th scope="col">{t('figures.startDate')}</th>
              <th scope="col">{t(`figures.valueHeader.${figure}`)}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.courseId}>
                <th scope="row" data-title={t('figures.participant')}>
                  <Link to="/forloeb/$courseId" params={{ courseId: row.courseId }}>
                    {row.participantName}
                  </Link>
                </th>
                <td data-title={t('figures.ref')}>{row.ref}</td>
                <td data-title={t('figures.startDate')}>{format.date(row.startDate)}</td>
                <td data-title={t(`figures.valueHeader.${figure}`)}>{valueText(t, figure, row.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {data.hidden > 0 ? (
        <p data-testid="figure-hidden">{t('figures.hidden', { count: data.hidden })}</p>
      ) : null}
      {data.total === 0 ? <p>{t('figures.nobody')}</p> : null}
    </>
  );
}
