import {
  dateInputInstant,
  kpiSearch,
  kpiVariables,
  lastDayInputValue,
  readKpiFilters,
  windowEnd,
} from '../../../console/src/kpis/kpiFilters';

const read = (query: string) => readKpiFilters(new URLSearchParams(query));
const NOW = new Date('2026-12-07T08:11:46.123Z');

describe('KPI filters: the URL query string is the dashboard view', () => {
  it('defaults to the last 30 days, all teams, categories and channels', () => {
    expect(read('')).toEqual({
      window: '30d',
      from: undefined,
      to: undefined,
      team: undefined,
      category: undefined,
      channel: undefined,
    });
  });

  it('reads a preset window and the filters, and writes them back the same', () => {
    const filters = read('window=90d&team=billing&category=DELIVERY&channel=WEB_FORM');
    expect(filters).toMatchObject({ window: '90d', team: 'billing', category: 'DELIVERY', channel: 'WEB_FORM' });
    expect(kpiSearch(filters)).toBe('?window=90d&team=billing&category=DELIVERY&channel=WEB_FORM');
  });

  it('takes from and to as a custom window, normalised to ISO instants', () => {
    const filters = read('from=2025-11-01T12:00:00Z&to=2026-11-02T12:00:00.000Z');
    expect(filters).toMatchObject({
      window: 'custom',
      from: '2025-11-01T12:00:00.000Z',
      to: '2026-11-02T12:00:00.000Z',
    });
    expect(kpiSearch(filters)).toBe('?window=custom&from=2025-11-01T12%3A00%3A00.000Z&to=2026-11-02T12%3A00%3A00.000Z');
    expect(kpiVariables(filters, NOW)).toEqual({
      from: '2025-11-01T12:00:00.000Z',
      to: '2026-11-02T12:00:00.000Z',
      team: null,
      category: null,
      channel: null,
    });
  });

  it('lets a preset window win over from and to, and drops them when it writes the URL', () => {
    const filters = read('window=7d&from=2025-11-01T12:00:00Z&to=2026-11-02T12:00:00Z');
    expect(filters.window).toBe('7d');
    expect(kpiSearch(filters)).toBe('?window=7d');
  });

  it('falls back rather than failing on values people mistype', () => {
    expect(read('window=2w&category=PARCELS&channel=fax&team=%20%20&from=yesterday&to=2026-01-01')).toEqual({
      window: '30d',
      from: undefined,
      to: undefined,
      team: undefined,
      category: undefined,
      channel: undefined,
    });
  });

  it('ends a preset window at the next whole minute and counts its days back from there', () => {
    expect(windowEnd(NOW).toISOString()).toBe('2026-12-07T08:12:00.000Z');
    expect(windowEnd(new Date('2026-12-07T08:12:00.000Z')).toISOString()).toBe('2026-12-07T08:12:00.000Z');
    expect(kpiVariables(read('window=7d&team=returns&channel=PHONE'), NOW)).toEqual({
      from: '2026-11-30T08:12:00.000Z',
      to: '2026-12-07T08:12:00.000Z',
      team: 'returns',
      category: null,
      channel: 'PHONE',
    });
    // the same minute gives the same variables: urql does not refetch on every render
    expect(kpiVariables(read(''), NOW)).toEqual(kpiVariables(read(''), new Date('2026-12-07T08:11:59.999Z')));
  });

  it('maps custom-range date inputs to local midnights, the end day inclusive', () => {
    const from = dateInputInstant('2026-11-01');
    const to = dateInputInstant('2026-11-30', { endOfRange: true });
    expect(from).toBe(new Date(2026, 10, 1).toISOString());
    expect(to).toBe(new Date(2026, 11, 1).toISOString());
    expect(lastDayInputValue(to ?? '')).toBe('2026-11-30');
    expect(dateInputInstant('')).toBeUndefined();
    expect(dateInputInstant('1.11.2026')).toBeUndefined();
  });
});
