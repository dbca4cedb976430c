// The KPI dashboard's filters live in the URL (`/kpis?window=30d&team=billing`), so a view can be shared and the
// back button undoes a change. Pure functions: the page reads, writes and turns them into query variables.
import type { Channel, ConsoleKpisQueryVariables, TicketCategory } from '../../../operations/__generated__/graphql';

const DAY_MS = 86_400_000;

/** The preset windows, ending now; `custom` takes `from` and `to` from the URL. */
export const WINDOWS = [
  { value: '7d', label: 'Last 7 days', days: 7 },
  { value: '30d', label: 'Last 30 days', days: 30 },
  { value: '90d', label: 'Last 90 days', days: 90 },
  { value: '365d', label: 'Last 365 days', days: 365 },
] as const;

export type PresetWindow = (typeof WINDOWS)[number]['value'];
export type WindowChoice = PresetWindow | 'custom';

export const DEFAULT_WINDOW: PresetWindow = '30d';

// Records rather than arrays: a value added to the schema's enum fails the type check here until it has a label.
const CATEGORY_LABELS: Record<TicketCategory, string> = {
  DELIVERY: 'Delivery',
  BILLING: 'Billing',
  PRODUCT_DEFECT: 'Product defect',
  RETURN: 'Return',
  ACCOUNT: 'Account',
  OTHER: 'Other',
};
const CHANNEL_LABELS: Record<Channel, string> = {
  CHAT: 'Chat',
  EMAIL: 'Email',
  PHONE: 'Phone',
  SOCIAL: 'Social',
  WEB_FORM: 'Web form',
};

export const CATEGORIES = Object.keys(CATEGORY_LABELS) as TicketCategory[];
export const CHANNELS = Object.keys(CHANNEL_LABELS) as Channel[];

export function categoryLabel(category: TicketCategory): string {
  return CATEGORY_LABELS[category];
}

export function channelLabel(channel: Channel): string {
  return CHANNEL_LABELS[channel];
}

export interface KpiFilters {
  window: WindowChoice;
  /** ISO-8601 instants, only for the custom window. */
  from?: string | undefined;
  to?: string | undefined;
  team?: string | undefined;
  category?: TicketCategory | undefined;
  channel?: Channel | undefined;
}

function isPreset(value: string | null): value is PresetWindow {
  return WINDOWS.some((window) => window.value === value);
}

function isoOrUndefined(value: string | null): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * The filters a URL asks for. Lenient, because people edit and paste URLs: an unknown value falls back to "all" (or
 * the default window) rather than failing the page. `from` and `to` (both needed) make the window custom unless
 * `window` names a preset.
 */
export function readKpiFilters(search: URLSearchParams): KpiFilters {
  const window = search.get('window');
  const from = isoOrUndefined(search.get('from'));
  const to = isoOrUndefined(search.get('to'));
  const category = search.get('category');
  const channel = search.get('channel');
  const team = search.get('team')?.trim();
  const custom = !isPreset(window) && from !== undefined && to !== undefined;
  return {
    window: custom ? 'custom' : isPreset(window) ? window : DEFAULT_WINDOW,
    from: custom ? from : undefined,
    to: custom ? to : undefined,
    team: team ? team : undefined,
    category: CATEGORIES.find((value) => value === category),
    channel: CHANNELS.find((value) => value === channel),
  };
}

/** The query string for `filters` (`?window=30d&team=billing`), the inverse of `readKpiFilters`. */
export function kpiSearch(filters: KpiFilters): string {
  const search = new URLSearchParams();
  search.set('window', filters.window);
  if (filters.window === 'custom') {
    if (filters.from) search.set('from', filters.from);
    if (filters.to) search.set('to', filters.to);
  }
  if (filters.team) search.set('team', filters.team);
  if (filters.category) search.set('category', filters.category);
  if (filters.channel) search.set('channel', filters.channel);
  return `?${search.toString()}`;
}

/**
 * `now` rounded up to the next whole minute: a preset window ends there, so the variables (and urql's cache key)
 * stay the same from one render to the next instead of moving with the clock.
 */
export function windowEnd(now: Date): Date {
  return new Date(Math.ceil(now.getTime() / 60_000) * 60_000);
}

/** The `[from, to)` a filter set covers: a preset counts back from `windowEnd(now)`. */
export function kpiRange(filters: KpiFilters, now: Date): { from: string; to: string } {
  const preset = WINDOWS.find((window) => window.value === filters.window);
  if (preset || !filters.from || !filters.to) {
    const to = windowEnd(now);
    const days = preset?.days ?? WINDOWS[1].days;
    return { from: new Date(to.getTime() - days * DAY_MS).toISOString(), to: to.toISOString() };
  }
  return { from: filters.from, to: filters.to };
}

/** The `consoleKpis` variables for a filter set. */
export function kpiVariables(filters: KpiFilters, now: Date): ConsoleKpisQueryVariables {
  return {
    ...kpiRange(filters, now),
    team: filters.team ?? null,
    category: filters.category ?? null,
    channel: filters.channel ?? null,
  };
}

/** A `<input type="date">` value (local calendar day) for an instant. */
export function dateInputValue(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The instant a custom range's date input stands for: the start of that local day, or for the end of the range
 * (`inclusive` day) the start of the next one, since `to` is exclusive. Undefined for an empty or malformed value.
 */
export function dateInputInstant(value: string, { endOfRange = false } = {}): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + (endOfRange ? 1 : 0));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The last day a custom range includes, for its "To" input: `to` is exclusive. */
export function lastDayInputValue(toIso: string): string {
  return dateInputValue(new Date(Date.parse(toIso) - 1).toISOString());
}
