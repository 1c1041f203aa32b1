import { LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the parts the measurement page draws. No tooltip: it injects HTML with style attributes,
// which the CSP forbids; the data table beside each chart says everything the chart shows.
echarts.use([RadarChart, LineChart, RadarComponent, GridComponent, LegendComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/**
 * A thin wrapper: draws `option` as SVG into a box sized by CSS, redraws on resize. Hidden from
 * screen readers: every chart has an equivalent table next to it.
 */
export function EChart({ option, className }: { option: ChartOption; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    // No animation: the SVG renderer would add a <style> element for it.
    chart.setOption({ animation: false, ...option });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={box} className={`app-chart ${className ?? ''}`} aria-hidden="true" data-chart />;
}
