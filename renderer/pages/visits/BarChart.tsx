import { BarChart as EBarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([EBarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface BarSeries {
  name: string;
  values: number[];
  /** Series with the same stack are drawn on top of each other (new + returning). */
  stack?: string;
}

/**
 * A bar chart for people who would rather look than read; the same numbers are always in a
 * table beside it. Where no canvas exists (jsdom in component tests) the chart is left out.
 */
export function BarChart({
  label,
  categories,
  series,
}: {
  label: string;
  categories: string[];
  series: BarSeries[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let chart: echarts.ECharts | null = null;
    try {
      chart = echarts.init(element);
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 36, right: 12, top: 32, bottom: 24 },
        xAxis: { type: 'category', data: categories },
        yAxis: { type: 'value', minInterval: 1 },
        series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, stack: s.stack })),
      });
    } catch {
      chart = null; // no canvas here: the table beside carries the figures
    }
    const resize = () => chart?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [categories, series]);
  return <div ref={ref} role="img" aria-label={label} className="analysis-chart" />;
}
