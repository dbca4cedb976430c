import { chartSummary, formatKpiValue, hasBars, kpiCharts, TOP_PRODUCTS } from '../../../console/src/kpis/kpiCharts';
import type { KpiChart, KpiResult } from '../../../console/src/kpis/kpiCharts';
import { kpiHeadlines } from '../../../console/src/kpis/kpiHeadlines';

const HOUR = 3600;

function result(overrides: Partial<KpiResult> = {}): KpiResult {
  return {
    id: 'kpis:1',
    from: '2026-10-01T00:00:00.000Z',
    to: '2026-11-01T00:00:00.000Z',
    ticketCount: 40,
    firstResponseTime: { median: 1.5 * HOUR, p90: 7_777, count: 30 },
    resolutionTime: { median: 26 * HOUR, p90: 100 * HOUR, count: 20 },
    slaBreachRate: 0.125,
    reopenRate: 1 / 3,
    backlog: [
      { label: '<4h', fromHours: 0, toHours: 4, count: 3 },
      { label: '4–24h', fromHours: 4, toHours: 24, count: 0 },
      { label: '>7d', fromHours: 168, toHours: null, count: 5 },
    ],
    volumeByCategory: [
      { category: 'PRODUCT_DEFECT', count: 25 },
      { category: 'BILLING', count: 15 },
    ],
    volumeByChannel: [
      { channel: 'WEB_FORM', count: 30 },
      { channel: 'CHAT', count: 10 },
    ],
    handoffsPerTicket: 0.476,
    transfersPerTicket: 0.3,
    consultsPerTicket: 0.176,
    complaintsByProduct: [
      { product: { sku: 'SKU-0042', name: 'Espresso machine, "Barista"' }, tickets: 4 },
      { product: null, tickets: 2 },
    ],
    complaintsByCarrier: [
      { carrier: 'HERMES', tickets: 3 },
      { carrier: 'DHL', tickets: 1 },
    ],
    ...overrides,
  };
}

function chart(charts: KpiChart[], title: string): KpiChart {
  const found = charts.find((candidate) => candidate.title === title);
  if (!found) throw new Error(`no chart titled ${title}`);
  return found;
}

describe('KPI charts: from a ticketKpis result to bars and table rows', () => {
  it('lists the nine charts in page order, with unique ids', () => {
    const charts = kpiCharts(result());
    expect(charts.map((entry) => entry.title)).toEqual([
      'First response time',
      'Resolution time',
      'SLA breach and reopen rate',
      'Backlog by age',
      'Volume by category',
      'Volume by channel',
      'Hand-offs per ticket',
      'Complaints per product',
      'Complaints per carrier',
    ]);
    expect(new Set(charts.map((entry) => entry.id)).size).toBe(charts.length);
  });

  it('turns duration seconds into hours with two decimals, the same in bars and rows', () => {
    const frt = chart(kpiCharts(result()), 'First response time');
    expect(frt.header).toEqual(['Statistic', 'Hours']);
    expect(frt.rows).toEqual([
      ['Median', 1.5],
      ['90th percentile', 2.16],
    ]);
    expect(frt.bars).toEqual([
      { label: 'Median', value: 1.5 },
      { label: '90th percentile', value: 2.16 },
    ]);
    expect(frt.note).toBe('Over 30 tickets with an answer.');
    expect(chart(kpiCharts(result()), 'Resolution time').rows).toEqual([
      ['Median', 26],
      ['90th percentile', 100],
    ]);
  });

  it('turns shares into percent with one decimal, and keeps an unmeasured rate as null', () => {
    expect(chart(kpiCharts(result()), 'SLA breach and reopen rate').rows).toEqual([
      ['SLA breach rate', 12.5],
      ['Reopen rate', 33.3],
    ]);
    const none = chart(kpiCharts(result({ reopenRate: null })), 'SLA breach and reopen rate');
    expect(none.rows[1]).toEqual(['Reopen rate', null]);
    expect(hasBars(none)).toBe(true);
  });

  it('names categories, channels and carriers as people write them, in the order the server sent', () => {
    const charts = kpiCharts(result());
    expect(chart(charts, 'Volume by category').rows).toEqual([
      ['Product defect', 25],
      ['Billing', 15],
    ]);
    expect(chart(charts, 'Volume by channel').rows).toEqual([
      ['Web form', 30],
      ['Chat', 10],
    ]);
    expect(chart(charts, 'Complaints per carrier').rows).toEqual([
      ['Hermes', 3],
      ['DHL', 1],
    ]);
  });

  it('keeps the backlog buckets in age order with their counts, zeros included', () => {
    expect(chart(kpiCharts(result()), 'Backlog by age').rows).toEqual([
      ['<4h', 3],
      ['4–24h', 0],
      ['>7d', 5],
    ]);
  });

  it('shows hand-offs per ticket as transfers, consultations and all, two decimals', () => {
    expect(chart(kpiCharts(result()), 'Hand-offs per ticket').rows).toEqual([
      ['Transfers', 0.3],
      ['Consultations', 0.18],
      ['All hand-offs', 0.48],
    ]);
  });

  it('lists products by name with their SKU, an unknown one by position, and at most the top ten', () => {
    const products = chart(kpiCharts(result()), 'Complaints per product');
    expect(products.header).toEqual(['Product', 'SKU', 'Complaints']);
    expect(products.rows).toEqual([
      ['Espresso machine, "Barista"', 'SKU-0042', 4],
      ['Unknown product 2', null, 2],
    ]);
    const many = Array.from({ length: 14 }, (_, index) => ({
      product: { sku: `SKU-${index}`, name: `Product ${index}` },
      tickets: 20 - index,
    }));
    const top = chart(kpiCharts(result({ complaintsByProduct: many })), 'Complaints per product');
    expect(top.rows).toHaveLength(TOP_PRODUCTS);
    expect(top.bars.map((bar) => bar.label)).toEqual(many.slice(0, TOP_PRODUCTS).map((entry) => entry.product.name));
  });

  it('has no bars to draw for an empty window, and says so instead', () => {
    const empty = result({
      ticketCount: 0,
      firstResponseTime: { median: null, p90: null, count: 0 },
      resolutionTime: { median: null, p90: null, count: 0 },
      slaBreachRate: null,
      reopenRate: null,
      backlog: [{ label: '<4h', fromHours: 0, toHours: 4, count: 0 }],
      volumeByCategory: [{ category: 'BILLING', count: 0 }],
      volumeByChannel: [{ channel: 'CHAT', count: 0 }],
      handoffsPerTicket: null,
      transfersPerTicket: null,
      consultsPerTicket: null,
      complaintsByProduct: [],
      complaintsByCarrier: [],
    });
    const charts = kpiCharts(empty);
    expect(charts.filter(hasBars)).toEqual([]);
    expect(chart(charts, 'First response time').emptyText).toBe('No tickets in this window');
    expect(chart(charts, 'Volume by category').emptyText).toBe('No tickets in this window');
    expect(chart(charts, 'Backlog by age').emptyText).toBe('No open tickets');
    expect(chart(charts, 'Complaints per carrier').rows).toEqual([]);
    expect(chartSummary(chart(charts, 'Hand-offs per ticket'))).toBe(
      'Hand-offs per ticket: No tickets in this window.',
    );
  });

  it('tells tickets without hand-offs apart from no tickets at all', () => {
    const calm = result({ handoffsPerTicket: 0, transfersPerTicket: 0, consultsPerTicket: 0 });
    const handoffs = chart(kpiCharts(calm), 'Hand-offs per ticket');
    expect(hasBars(handoffs)).toBe(false);
    expect(handoffs.emptyText).toBe('No hand-offs in this window');
  });

  it('sums a chart up in one sentence, each value with its unit', () => {
    const charts = kpiCharts(result());
    expect(chartSummary(chart(charts, 'First response time'))).toBe(
      'First response time: Median 1.5 h, 90th percentile 2.16 h.',
    );
    expect(chartSummary(chart(charts, 'Complaints per carrier'))).toBe(
      'Complaints per carrier: Hermes 3 tickets, DHL 1 ticket.',
    );
    expect(formatKpiValue(12.5, 'percent')).toBe('12.5 %');
    expect(formatKpiValue(0.48, 'perTicket')).toBe('0.48 per ticket');
    expect(formatKpiValue(null, 'hours')).toBe('no data');
  });
});

describe('KPI headlines: the numbers above the charts', () => {
  it('says durations as people do, rates in percent, and a dash for what was not measured', () => {
    expect(kpiHeadlines(result())).toEqual([
      { term: 'Tickets', value: '40' },
      { term: 'First response, median', value: '1 h 30 min' },
      { term: 'First response, 90th percentile', value: '2 h 10 min' },
      { term: 'Resolution, median', value: '1 d 2 h' },
      { term: 'Resolution, 90th percentile', value: '4 d 4 h' },
      { term: 'SLA breach rate', value: '12.5 %' },
      { term: 'Reopen rate', value: '33.3 %' },
      { term: 'Hand-offs per ticket', value: '0.48' },
    ]);
    const empty = kpiHeadlines(
      result({ ticketCount: 0, firstResponseTime: { median: null, p90: null, count: 0 }, reopenRate: null }),
    );
    expect(empty.find((headline) => headline.term === 'First response, median')?.value).toBe('—');
    expect(empty.find((headline) => headline.term === 'Reopen rate')?.value).toBe('—');
  });
});
