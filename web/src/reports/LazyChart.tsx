import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense } from 'react';

const Chart = lazy(() => import('./Chart.tsx'));

export type ChartOption = EChartsCoreOption;

/** A chart whose library loads on first use; until then an empty box of the same size holds its place. */
export function LazyChart({ option, className }: { option: ChartOption; className?: string }) {
  return (
    <Suspense fallback={<div className={`app-dashboard-chart ${className ?? ''}`} aria-hidden="true" />}>
      <Chart option={option} className={className} />
    </Suspense>
  );
}
