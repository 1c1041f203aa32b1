import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { Dashboard } from './api.ts';
import { FigureBox } from './FigureBox.tsx';
import { chartPercent } from './figures.ts';
import type { ChartOption } from './LazyChart.tsx';
import { useKeyWords } from './words.ts';

/** Outcomes against the agreement's target split (e.g. 80 % ordinary or flex job, 20 % wage subsidy or sheltered). */
export function OutcomeSplit({ split }: { split: Dashboard['outcomeSplit'] }) {
  const { t } = useTranslation();
  const { percent, number } = useFormat();
  const words = useKeyWords();
  const option: ChartOption = useMemo(
    () => ({
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: split.map((g) => g.label),
        axisLabel: { width: 120, overflow: 'break' },
      },
      series: [
        { type: 'bar', name: t('dashboard.split.actual'), data: split.map((g) => chartPercent(g.actual)) },
        { type: 'bar', name: t('dashboard.split.target'), data: split.map((g) => chartPercent(g.target)) },
      ],
    }),
    [split, t],
  );
  return (
    <FigureBox
      id="outcomeSplit"
      title={t('dashboard.split.title')}
      option={split.length ? option : undefined}
      table={
        split.length ? (
          <table className="table table--compact app-table" data-testid="table-outcomeSplit">
            <caption className="sr-only">{t('dashboard.split.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.split.group')}</th>
                <th scope="col">{t('dashboard.split.count')}</th>
                <th scope="col">{t('dashboard.split.actual')}</th>
                <th scope="col">{t('dashboard.split.target')}</th>
              </tr>
            </thead>
            <tbody>
              {split.map((g) => (
                <tr key={g.label}>
                  <th scope="row">
                    {g.label}
                    <span className="app-meta app-dashboard-block">
                      {g.outcomes.map((o) => words.outcome(o)).join(', ')}
                    </span>
                  </th>
                  <td>{number(g.count)}</td>
                  <td>{g.actual === null ? '–' : percent(g.actual)}</td>
                  <td>{percent(g.target)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('dashboard.split.none')}</p>
        )
      }
    />
  );
}
