// From one `consoleKpis` result to the dashboard's charts: for each, the bars to draw and the rows of its data table
// and CSV. The chart, the table and the CSV all read the same rounded values, so what the tooltip says, what the
// table says and what the download says never disagree.
import type { Carrier, ConsoleKpisQuery } from '../../../operations/__generated__/graphql';
import { formatDuration } from '../ui/format';
import { categoryLabel, channelLabel } from './kpiFilters';
import type { CsvCell } from './toCsv';

export type KpiResult = ConsoleKpisQuery['ticketKpis'];

/** What a chart's values measure, which decides rounding and how a tooltip reads. */
export type KpiUnit = 'hours' | 'percent' | 'tickets' | 'perTicket';

export interface KpiBar {
  /** The category axis label, e.g. "Median" or "Product defect". */
  label: string;
  /** Rounded as the table shows it; null when there is nothing to measure (the bar is left out). */
  value: number | null;
}

export interface KpiChart {
  /** Stable, URL-safe: element ids and the CSV's file name. */
  id: string;
  /** The figure's caption, the table's caption and the download button's name. */
  title: string;
  unit: KpiUnit;
  /** The value column's heading, with its unit ("Hours", "Tickets"). */
  valueHeading: string;
  bars: KpiBar[];
  /** The data table and CSV: a header row, then one row per bar (extra columns where useful, e.g. the SKU). */
  header: string[];
  rows: CsvCell[][];
  /** What the figures count, where it is not obvious (shown under the title). */
  note?: string | undefined;
  /** Shown instead of empty axes when no bar has a value above 0. */
  emptyText: string;
}

const NO_TICKETS = 'No tickets in this window';
const NO_COMPLAINTS = 'No complaints in this window';
/** Complaints per product shows the most complained-about ones only: a long tail of 1s says little. */
export const TOP_PRODUCTS = 10;

const CARRIER_LABELS: Record<Carrier, string> = { DHL: 'DHL', UPS: 'UPS', DPD: 'DPD', GLS: 'GLS', HERMES: 'Hermes' };

/** Rounds like the table shows: fixed decimals, then back to a number so "2.50" reads "2.5" in table and CSV. */
function rounded(value: number | null, decimals: number): number | null {
  return value === null ? null : Number(value.toFixed(decimals));
}

/** Seconds (DurationStats) → hours, two decimals (36 s resolution: enough for response and resolution times). */
export function secondsToHours(seconds: number | null): number | null {
  return seconds === null ? null : rounded(seconds / 3600, 2);
}

/** A share from 0 to 1 → percent, one decimal. */
export function shareToPercent(share: number | null): number | null {
  return share === null ? null : rounded(share * 100, 1);
}

/** Hand-offs per ticket, two decimals. */
export function perTicket(value: number | null): number | null {
  return rounded(value, 2);
}

function simpleChart(chart: Omit<KpiChart, 'header' | 'rows'> & { labelHeading: string }): KpiChart {
  const { labelHeading, ...rest } = chart;
  return {
    ...rest,
    header: [labelHeading, chart.valueHeading],
    rows: chart.bars.map((bar) => [bar.label, bar.value]),
  };
}

function durationChart(
  id: string,
  title: string,
  stats: KpiResult['firstResponseTime'],
  measuredOver: string,
): KpiChart {
  return simpleChart({
    id,
    title,
    unit: 'hours',
    labelHeading: 'Statistic',
    valueHeading: 'Hours',
    bars: [
      { label: 'Median', value: secondsToHours(stats.median) },
      { label: '90th percentile', value: secondsToHours(stats.p90) },
    ],
    note: `Over ${stats.count} ${stats.count === 1 ? 'ticket' : 'tickets'} ${measuredOver}.`,
    emptyText: NO_TICKETS,
  });
}

/** The dashboard's charts, in page order. */
export function kpiCharts(kpis: KpiResult): KpiChart[] {
  const products = kpis.complaintsByProduct.slice(0, TOP_PRODUCTS);
  return [
    durationChart('first-response-time', 'First response time', kpis.firstResponseTime, 'with an answer'),
    durationChart('resolution-time', 'Resolution time', kpis.resolutionTime, 'resolved or closed'),
    simpleChart({
      id: 'sla-breach-and-reopen-rate',
      title: 'SLA breach and reopen rate',
      unit: 'percent',
      labelHeading: 'Rate',
      valueHeading: 'Percent',
      bars: [
        { label: 'SLA breach rate', value: shareToPercent(kpis.slaBreachRate) },
        { label: 'Reopen rate', value: shareToPercent(kpis.reopenRate) },
      ],
      note: 'Breaches among tickets whose SLA outcome is known; reopens among tickets resolved at least once.',
      // 0 % breached is good news, not an empty chart: only a rate nobody could measure is "no data"
      emptyText: kpis.slaBreachRate === null && kpis.reopenRate === null ? NO_TICKETS : 'No SLA breaches or reopens',
    }),
    simpleChart({
      id: 'backlog-by-age',
      title: 'Backlog by age',
      unit: 'tickets',
      labelHeading: 'Age',
      valueHeading: 'Open tickets',
      bars: kpis.backlog.map((bucket) => ({ label: bucket.label, value: bucket.count })),
      note: 'Tickets open now, by age, whatever the window.',
      emptyText: 'No open tickets',
    }),
    simpleChart({
      id: 'volume-by-category',
      title: 'Volume by category',
      unit: 'tickets',
      labelHeading: 'Category',
      valueHeading: 'Tickets',
      bars: kpis.volumeByCategory.map((entry) => ({ label: categoryLabel(entry.category), value: entry.count })),
      emptyText: NO_TICKETS,
    }),
    simpleChart({
      id: 'volume-by-channel',
      title: 'Volume by channel',
      unit: 'tickets',
      labelHeading: 'Channel',
      valueHeading: 'Tickets',
      bars: kpis.volumeByChannel.map((entry) => ({ label: channelLabel(entry.channel), value: entry.count })),
      emptyText: NO_TICKETS,
    }),
    simpleChart({
      id: 'hand-offs-per-ticket',
      title: 'Hand-offs per ticket',
      unit: 'perTicket',
      labelHeading: 'Hand-off',
      valueHeading: 'Per ticket',
      bars: [
        { label: 'Transfers', value: perTicket(kpis.transfersPerTicket) },
        { label: 'Consultations', value: perTicket(kpis.consultsPerTicket) },
        { label: 'All hand-offs', value: perTicket(kpis.handoffsPerTicket) },
      ],
      emptyText: kpis.ticketCount === 0 ? NO_TICKETS : 'No hand-offs in this window',
    }),
    {
      id: 'complaints-per-product',
      title: 'Complaints per product',
      unit: 'tickets',
      valueHeading: 'Complaints',
      // inventory may not know a sku (the graph then says null with an error); the row stays, named as unknown
      bars: products.map((entry, index) => ({
        label: entry.product?.name ?? `Unknown product ${index + 1}`,
        value: entry.tickets,
      })),
      note: `Top ${TOP_PRODUCTS} by complaints (delivery, product defect and return tickets).`,
      header: ['Product', 'SKU', 'Complaints'],
      rows: products.map((entry, index) => [
        entry.product?.name ?? `Unknown product ${index + 1}`,
        entry.product?.sku ?? null,
        entry.tickets,
      ]),
      emptyText: NO_COMPLAINTS,
    },
    simpleChart({
      id: 'complaints-per-carrier',
      title: 'Complaints per carrier',
      unit: 'tickets',
      labelHeading: 'Carrier',
      valueHeading: 'Complaints',
      bars: kpis.complaintsByCarrier.map((entry) => ({ label: CARRIER_LABELS[entry.carrier], value: entry.tickets })),
      emptyText: NO_COMPLAINTS,
    }),
  ];
}

/** Whether a chart has something to draw: a bar above 0 (all zeros or nulls get the chart's `emptyText`). */
export function hasBars(chart: KpiChart): boolean {
  return chart.bars.some((bar) => bar.value !== null && bar.value > 0);
}

/** A value as the tooltip and the bar label say it, with its unit: "2.5 h", "12.5 %", "3 tickets". */
export function formatKpiValue(value: number | null, unit: KpiUnit): string {
  if (value === null) return 'no data';
  switch (unit) {
    case 'hours':
      return `${value} h`;
    case 'percent':
      return `${value} %`;
    case 'tickets':
      return value === 1 ? '1 ticket' : `${value} tickets`;
    case 'perTicket':
      return `${value} per ticket`;
  }
}

/** A value as the tooltip says it: with its unit, and hours also as a person reads them ("2.5 h (2 h 30 min)"). */
export function tooltipValue(value: number | null, unit: KpiUnit): string {
  const text = formatKpiValue(value, unit);
  return unit === 'hours' && value !== null ? `${text} (${formatDuration(value * 3_600_000)})` : text;
}

/** A value as written beside its bar, short: "2.5 h", "12.5 %", "3" (the axis and the tooltip say the rest). */
export function barLabel(value: number | null, unit: KpiUnit): string {
  if (value === null) return '';
  if (unit === 'hours') return `${value} h`;
  if (unit === 'percent') return `${value} %`;
  return String(value);
}

/** The chart in one sentence, for screen readers: "First response time: Median 2.5 h, 90th percentile 8 h." */
export function chartSummary(chart: KpiChart): string {
  if (!hasBars(chart)) return `${chart.title}: ${chart.emptyText}.`;
  const parts = chart.bars.map((bar) => `${bar.label} ${formatKpiValue(bar.value, chart.unit)}`);
  return `${chart.title}: ${parts.join(', ')}.`;
}
