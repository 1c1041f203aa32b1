import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the dashboard draws. No tooltip: it injects HTML with style attributes, which the
// CSP forbids; the table beside every chart says everything the chart shows.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

/** The app's own colours (app.css), dark enough to tell apart on white; the first is the figure itself. */
const palette = ['#004d99', '#8c8c8c', '#00662e', '#b35900', '#b30000', '#4d4d4d'];

/**
 * Draws `option` as SVG into a box sized by CSS and redraws on resize. Hidden from screen
 * readers: the table beside it is the accessible source. Loaded lazily (LazyChart.tsx), so the
 * charts library comes in a chunk of its own.
 */
export default function Chart({
  option,
  className,
}: {
  option: echarts.EChartsCoreOption;
  className?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    // No animation: the SVG renderer would add a <style> element for it.
    chart.setOption({ animation: false, color: palette, ...option });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={box} className={`app-dashboard-chart ${className ?? ''}`} aria-hidden="true" data-chart />;
}
