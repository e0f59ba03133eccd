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
  // One chart for the life of the card: another period or date sets new figures on it, rather
  // than disposing of it and making a new one (its canvas, its renderer) within the click.
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    try {
      chart.current = echarts.init(element);
    } catch {
      chart.current = null; // no canvas here: the table beside carries the figures
    }
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(
      {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 36, right: 12, top: 32, bottom: 24 },
        xAxis: { type: 'category', data: categories },
        yAxis: { type: 'value', minInterval: 1 },
        series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, stack: s.stack })),
      },
      // the figures replace the last ones whole: a series gone is not left drawn
      { notMerge: true },
    );
  }, [categories, series]);
  return <div ref={ref} role="img" aria-label={label} className="analysis-chart" />;
}
