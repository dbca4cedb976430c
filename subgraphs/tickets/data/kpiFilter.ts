import { ErrorCode, UserInputError } from '../../shared';
import type { Channel, TicketCategory } from '../__generated__/resolvers-types';

/** The longest window `ticketKpis` accepts, in days: a year, leap day included. */
export const MAX_WINDOW_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The window `[from, to)` and the filters of one `TicketKpis`. */
export interface KpiFilter {
  from: Date;
  to: Date;
  team: string | null;
  category: TicketCategory | null;
  channel: Channel | null;
}

/**
 * A `TicketKpis` as resolvers see it: the filter, and the instant "now" fixed once for the whole object so the
 * rate and the backlog of one response agree (and the loaders cache one result per object).
 */
export interface KpiParent {
  filter: KpiFilter;
  now: Date;
}

/** `from` before `to`, at most MAX_WINDOW_DAYS apart; BAD_USER_INPUT otherwise. */
export function checkWindow(from: Date, to: Date): void {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from.getTime() >= to.getTime()) {
    throw new UserInputError(
      ErrorCode.BAD_USER_INPUT,
      `"from" must be before "to"; got from ${JSON.stringify(from)} and to ${JSON.stringify(to)}. Swap them or widen the window.`,
      { argumentName: 'from' },
    );
  }
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY_MS) {
    throw new UserInputError(
      ErrorCode.BAD_USER_INPUT,
      `The window from "from" to "to" may span at most ${MAX_WINDOW_DAYS} days; got ${Math.ceil((to.getTime() - from.getTime()) / DAY_MS)}. Ask for several shorter windows.`,
      { argumentName: 'to', maximumDays: MAX_WINDOW_DAYS },
    );
  }
}

/** The entity id of a filter: base64url JSON, so any subgraph holding the id can rebuild the filter. */
export function encodeKpiId(filter: KpiFilter): string {
  const parts = [filter.from.toISOString(), filter.to.toISOString(), filter.team, filter.category, filter.channel];
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** The filter of an id made by encodeKpiId; BAD_USER_INPUT for anything else. */
export function decodeKpiId(id: string): KpiFilter {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
  } catch {
    parts = undefined;
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  if (!Array.isArray(parts) || parts.length !== 5 || typeof parts[0] !== 'string' || typeof parts[1] !== 'string') {
    throw new UserInputError(
      ErrorCode.BAD_USER_INPUT,
      `${JSON.stringify(id)} is not a TicketKpis id. Use the id a ticketKpis query returned.`,
      { argumentName: 'id' },
    );
  }
  const filter: KpiFilter = {
    from: new Date(parts[0]),
    to: new Date(parts[1]),
    team: text(parts[2]),
    category: text(parts[3]) as TicketCategory | null,
    channel: text(parts[4]) as Channel | null,
  };
  checkWindow(filter.from, filter.to);
  return filter;
}
