import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { classificationMessages as m } from '../messages.ts';

// Only the pieces this chart uses (a bar chart, drawn as SVG): the whole of ECharts is ~1 MB.
use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type CommuneCounts = { name: string; independent: number; needsSupport: number; unset: number };

const COLORS = { independent: '#52c41a', needsSupport: '#fa8c16', unset: '#bfbfbf' };

/**
 * One horizontal bar per commune, stacked: criteria it completes alone, needs support for, has not classified.
 * Horizontal so that commune names stay readable on a phone; the tables beside it carry the same figures.
 */
export default function ClassificationChart({ communes }: { communes: CommuneCounts[] }) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const chart = init(node, undefined, { renderer: 'svg' });
    const series = (key: keyof typeof COLORS, name: string) => ({
      name,
      type: 'bar' as const,
      stack: 'total',
      color: COLORS[key],
      label: {
        show: true,
        formatter: (p: { value: unknown }) => (Number(p.value) > 0 ? String(p.value) : ''),
      },
      data: communes.map((c) => c[key]),
    });
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      // On a phone the legend takes two lines.
      grid: { left: 8, right: 16, top: node.clientWidth < 480 ? 60 : 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      // The first commune on top, as in the table.
      yAxis: { type: 'category', inverse: true, data: communes.map((c) => c.name) },
      series: [
        series('independent', m.independent),
        series('needsSupport', m.needsSupport),
        series('unset', m.unset),
      ],
    });
    const resize = () => chart.resize();
    const observer = new ResizeObserver(resize);
    observer.observe(node);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [communes]);

  return (
    <div
      ref={element}
      role="img"
      aria-label={m.chartLabel(communes.length)}
      style={{ width: '100%', height: 84 + communes.length * 32 }}
    />
  );
}
