import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { Report } from './api.ts';
import { CountLink } from './CountLink.tsx';
import { FigureBox } from './FigureBox.tsx';
import { chartPercent } from './figures.ts';
import type { ChartOption } from './LazyChart.tsx';

/**
 * The success criterion (DOMAIN.md "Measurement"): among participants in statistics with at
 * least one year, the share closer to the labour market, against the agreement's target.
 */
export function SuccessCriterion({
  report,
  partnershipId,
  asOf,
}: {
  report: Report;
  partnershipId: string;
  asOf: string;
}) {
  const { t } = useTranslation();
  const { percent, number } = useFormat();
  const share = report.closerShare;
  const target = report.targets.closerShare;
  const option: ChartOption = useMemo(
    () => ({
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: [t('dashboard.success.actualLabel'), t('dashboard.success.targetLabel')],
      },
      series: [
        {
          type: 'bar',
          data: [chartPercent(share), chartPercent(target)],
          label: { show: true, position: 'right', formatter: '{c} %' },
        },
      ],
    }),
    [share, target, t],
  );
  const link = (figure: 'atLeastOneYear' | 'closer' | 'notCloser', count: number) => (
    <CountLink partnershipId={partnershipId} asOf={asOf} figure={figure} count={count} />
  );
  const sentence =
    share === null
      ? t('dashboard.success.none')
      : t('dashboard.success.sentence', {
          closer: number(report.closerToLabourMarket),
          total: number(report.atLeastOneYear),
          share: percent(share),
        });
  return (
    <FigureBox
      id="success"
      title={t('dashboard.success.title')}
      lead={
        <p className="app-dashboard-lead" data-testid="success-sentence">
          {sentence}
          {target === null ? null : ` ${t('dashboard.success.target', { target: percent(target) })}`}
        </p>
      }
      option={option}
      table={
        <table className="table table--compact app-table" data-testid="table-success">
          <caption className="sr-only">{t('dashboard.success.title')}</caption>
          <tbody>
            <tr>
              <th scope="row">{t('dashboard.success.atLeastOneYear')}</th>
              <td>{link('atLeastOneYear', report.atLeastOneYear)}</td>
            </tr>
            <tr>
              <th scope="row">{t('dashboard.success.closer')}</th>
              <td>{link('closer', report.closerToLabourMarket)}</td>
            </tr>
            <tr>
              <th scope="row">{t('dashboard.success.notCloser')}</th>
              <td>{link('notCloser', report.atLeastOneYear - report.closerToLabourMarket)}</td>
            </tr>
            <tr>
              <th scope="row">{t('dashboard.success.actualLabel')}</th>
              <td>{share === null ? '–' : percent(share)}</td>
            </tr>
            <tr>
              <th scope="row">{t('dashboard.success.targetLabel')}</th>
              <td>{target === null ? t('dashboard.noTarget') : percent(target)}</td>
            </tr>
          </tbody>
        </table>
      }
    />
  );
}
