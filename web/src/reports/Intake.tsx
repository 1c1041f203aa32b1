import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { Report } from './api.ts';
import { CountLink } from './CountLink.tsx';
import { FigureBox } from './FigureBox.tsx';
import type { ChartOption } from './LazyChart.tsx';

/** Intake against the target, and how many of them count in the figures and have had a year. */
export function Intake({
  report,
  partnershipId,
  asOf,
}: {
  report: Report;
  partnershipId: string;
  asOf: string;
}) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const target = report.targets.admitted;
  const option: ChartOption = useMemo(
    () => ({
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: [
          t('dashboard.intake.admitted'),
          t('dashboard.intake.target'),
          t('dashboard.intake.inStatistics'),
          t('dashboard.intake.atLeastOneYear'),
        ],
      },
      series: [
        {
          type: 'bar',
          data: [report.admitted, target ?? '-', report.inStatistics, report.atLeastOneYear],
          label: { show: true, position: 'right' },
        },
      ],
    }),
    [report, target, t],
  );
  return (
    <FigureBox
      id="intake"
      title={t('dashboard.intake.title')}
      lead={
        <p className="app-dashboard-lead" data-testid="intake-sentence">
          {target === null
            ? t('dashboard.intake.sentenceNoTarget', { admitted: number(report.admitted) })
            : t('dashboard.intake.sentence', { admitted: number(report.admitted), target: number(target) })}
        </p>
      }
      option={option}
      table={
        <table className="table table--compact app-table" data-testid="table-intake">
          <caption className="sr-only">{t('dashboard.intake.title')}</caption>
          <tbody>
            <tr>
              <th scope="row">{t('dashboard.intake.admitted')}</th>
              <td>{number(report.admitted)}</td>
            </tr>
            <tr>
              <th scope="row">{t('dashboard.intake.target')}</th>
              <td>{target === null ? t('dashboard.noTarget') : number(target)}</td>
            </tr>
            <tr>
              <th scope="row">{t('dashboard.intake.inStatistics')}</th>
              <td>
                <CountLink
                  partnershipId={partnershipId}
                  asOf={asOf}
                  figure="inStatistics"
                  count={report.inStatistics}
                />
              </td>
            </tr>
            <tr>
              <th scope="row">{t('dashboard.intake.atLeastOneYear')}</th>
              <td>
                <CountLink
                  partnershipId={partnershipId}
                  asOf={asOf}
                  figure="atLeastOneYear"
                  count={report.atLeastOneYear}
                />
              </td>
            </tr>
          </tbody>
        </table>
      }
    >
      <p className="app-meta">
        {t('dashboard.intake.declined', { count: report.admitted - report.inStatistics })}
      </p>
    </FigureBox>
  );
}
