import type { ReactNode } from 'react';
import { ScrollBox } from '../measurements/ScrollBox.tsx';
import { type ChartOption, LazyChart } from './LazyChart.tsx';

/**
 * One figure: its heading, what it says in words, a chart and, always, the table with the same
 * numbers beside it (the table is the accessible source; the chart is hidden from screen readers).
 */
export function FigureBox({
  id,
  title,
  lead,
  option,
  table,
  children,
}: {
  id: string;
  title: string;
  lead?: ReactNode;
  option?: ChartOption;
  table: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section className="app-dashboard-figure" aria-labelledby={`${id}-title`} data-testid={`figure-${id}`}>
      <h2 id={`${id}-title`} className="h3">
        {title}
      </h2>
      {lead}
      <div className={option ? 'app-dashboard-pair' : undefined}>
        {option ? <LazyChart option={option} /> : null}
        <ScrollBox label={title}>{table}</ScrollBox>
      </div>
      {children}
    </section>
  );
}
