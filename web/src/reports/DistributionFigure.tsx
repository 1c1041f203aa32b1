import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CountLink } from './CountLink.tsx';
import { FigureBox } from './FigureBox.tsx';
import { type Distribution, orderedEntries } from './figures.ts';
import type { ChartOption } from './LazyChart.tsx';
import { useKeyWords } from './words.ts';

/** A distribution over the participants in statistics (gender, age, disabilities, granted length, outcomes). */
export function DistributionFigure({
  figure,
  counts,
  partnershipId,
  asOf,
}: {
  figure: Distribution | 'outcomes';
  counts: Readonly<Record<string, number>>;
  partnershipId: string;
  asOf: string;
}) {
  const { t } = useTranslation();
  const words = useKeyWords();
  const rows = useMemo(
    () => orderedEntries(counts).map(([key, count]) => ({ key, count, label: words.of(figure, key) })),
    [counts, figure, words.of],
  );
  const option: ChartOption = useMemo(
    () => ({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.label),
        axisLabel: { width: 140, overflow: 'break' },
      },
      series: [{ type: 'bar', data: rows.map((r) => r.count), label: { show: true, position: 'right' } }],
    }),
    [rows],
  );
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const title = t(`dashboard.figure.${figure}`);
  return (
    <FigureBox
      id={figure}
      title={title}
      option={rows.length ? option : undefined}
      table={
        rows.length ? (
          <table className="table table--compact app-table" data-testid={`table-${figure}`}>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t(`dashboard.keyHeader.${figure}`)}</th>
                <th scope="col">{t('dashboard.participants')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td>
                    <CountLink
                      partnershipId={partnershipId}
                      asOf={asOf}
                      figure={figure}
                      figureKey={r.key}
                      count={r.count}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('dashboard.total')}</th>
                <td>{total}</td>
              </tr>
            </tfoot>
          </table>
        ) : (
          <p>{t('dashboard.nobodyInStatistics')}</p>
        )
      }
    />
  );
}
