import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { KpiChart } from './kpiCharts';
import { barLabel, chartSummary, tooltipValue } from './kpiCharts';

/** Bars darker than 4.5:1 on white, so they and their value labels read for people with low vision. */
export const BAR_COLOURS = ['#0b5cad', '#5b3fa0', '#8a4b00', '#1d6b38', '#a4161a', '#0f5f6b'] as const;

const ROW_HEIGHT = 34;
const AXIS_HEIGHT = 40;

/**
 * One chart as horizontal bars, one series: the category labels on the axis and each bar's value written beside it,
 * so no colour has to be told apart. Recharts' accessibility layer makes the chart a keyboard stop (arrow keys move
 * the tooltip from bar to bar); its name sums every value up for screen readers.
 */
export function KpiBarChart({ chart, colour }: { chart: KpiChart; colour: string }) {
  const longest = Math.max(...chart.bars.map((bar) => bar.label.length), 4);
  // room for the longest label, within reason: long product names are cut by the axis, the table has them whole
  const labelWidth = Math.min(240, 24 + longest * 7.5);
  const number = (value: unknown) => (typeof value === 'number' ? value : null);
  return (
    <BarChart
      accessibilityLayer
      responsive
      layout="vertical"
      data={chart.bars}
      margin={{ top: 4, right: 64, bottom: 4, left: 4 }}
      style={{ width: '100%', height: AXIS_HEIGHT + ROW_HEIGHT * chart.bars.length }}
      aria-label={chartSummary(chart)}
    >
      <CartesianGrid horizontal={false} stroke="#d4d9e0" />
      <XAxis type="number" allowDecimals={chart.unit !== 'tickets'} tick={{ fill: '#4d5560' }} stroke="#4d5560" />
      <YAxis
        type="category"
        dataKey="label"
        width={labelWidth}
        tick={{ fill: '#1b1f24' }}
        stroke="#4d5560"
        interval={0}
      />
      <Tooltip
        cursor={{ fill: '#e8f1fb' }}
        formatter={(value) => [tooltipValue(number(value), chart.unit), chart.title]}
        contentStyle={{ border: '1px solid #4d5560', color: '#1b1f24' }}
        itemStyle={{ color: '#1b1f24' }}
      />
      <Bar dataKey="value" name={chart.valueHeading} fill={colour} isAnimationActive={false} maxBarSize={24}>
        <LabelList
          dataKey="value"
          position="right"
          fill="#1b1f24"
          formatter={(value) => barLabel(number(value), chart.unit)}
        />
      </Bar>
    </BarChart>
  );
}
