import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { Dashboard } from './api.ts';
import { FigureBox } from './FigureBox.tsx';
import { chartPercent } from './figures.ts';
import type { ChartOption } from './LazyChart.tsx';

/** Attendance per month for the twelve months up to the day: the share of registered days present. */
export function AttendanceTrend({ months }: { months: Dashboard['attendance'] }) {
  const { t } = useTranslation();
  const { percent, number, month } = useFormat();
  const option: ChartOption = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months.map((m) => month(m.month)) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series: [{ type: 'line', connectNulls: false, data: months.map((m) => chartPercent(m.share)) }],
    }),
    [months, month],
  );
  return (
    <FigureBox
      id="attendance"
      title={t('dashboard.attendance.title')}
      option={months.length ? option : undefined}
      table={
        months.length ? (
          <table className="table table--compact app-table" data-testid="table-attendance">
            <caption className="sr-only">{t('dashboard.attendance.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.attendance.month')}</th>
                <th scope="col">{t('dashboard.attendance.present')}</th>
                <th scope="col">{t('dashboard.attendance.absent')}</th>
                <th scope="col">{t('dashboard.attendance.share')}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{month(m.month)}</th>
                  <td>{number(m.present)}</td>
                  <td>{number(m.absent)}</td>
                  <td>{m.share === null ? '–' : percent(m.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('dashboard.attendance.none')}</p>
        )
      }
    />
  );
}
