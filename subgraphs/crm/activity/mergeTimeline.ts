import { invariant, toConnection } from '../../shared';
import type { Connection } from '../../shared';
import type { RequiredActivityEvent, SourceSystemValue, TimelineEntryRow } from '../data/rows';
import { timeCursorKey } from '../../shared';
import type { TimeCursor } from '../../shared';

/** The events one system reported; null or undefined when that system failed or was not asked (treated as none). */
export interface TimelineSource {
  system: SourceSystemValue;
  events: readonly RequiredActivityEvent[] | null | undefined;
}

export interface TimelineRequest {
  /** The customer whose timeline it is. */
  customerId: string;
  order: 'NEWEST_FIRST' | 'OLDEST_FIRST';
  /** Only entries of these systems; null or undefined means all. An empty list means none, as written. */
  systems: readonly SourceSystemValue[] | null | undefined;
  first: number;
  after: TimeCursor | null;
}

/** Representations carry instants as ISO strings; in-process events carry Dates. */
function toInstant(value: Date | string, eventId: string): Date {
  const instant = value instanceof Date ? value : new Date(value);
  // another subgraph sent an instant that is not one: their bug, not the caller's
  invariant(!Number.isNaN(instant.getTime()), `activity event ${eventId} has occurredAt ${JSON.stringify(value)}`);
  return instant;
}

/** Oldest first, ties broken by id so every entry has one place and cursors never skip or repeat an entry. */
function compareAscending(a: { occurredAt: Date; id: string }, b: { occurredAt: Date; id: string }): number {
  const byTime = a.occurredAt.getTime() - b.occurredAt.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The customer timeline: the events of every source merged into one list, filtered by system, sorted by
 * (occurredAt, id) in the requested direction, and cut into a page after the cursor. `totalCount` counts every
 * entry that passes the filter. Pure, so the sorting and paging rules are tested without any database.
 */
export function mergeTimeline(
  sources: readonly TimelineSource[],
  request: TimelineRequest,
): Connection<TimelineEntryRow> {
  const wanted = request.systems ? new Set(request.systems) : null;
  const entries: TimelineEntryRow[] = [];
  for (const { system, events } of sources) {
    if (wanted && !wanted.has(system)) continue;
    for (const event of events ?? []) {
      entries.push({
        id: event.id,
        customerId: request.customerId,
        occurredAt: toInstant(event.occurredAt, event.id),
        system,
        kind: event.kind,
        summary: event.summary,
        channel: event.channel ?? null,
        orderId: event.orderId ?? null,
        shipmentId: event.shipmentId ?? null,
        ticketId: event.ticketId ?? null,
      });
    }
  }

  const direction = request.order === 'NEWEST_FIRST' ? -1 : 1;
  entries.sort((a, b) => direction * compareAscending(a, b));

  const { after } = request;
  const start = after
    ? entries.findIndex((entry) => direction * compareAscending(entry, { occurredAt: after.at, id: after.id }) > 0)
    : 0;
  const rest = start === -1 ? [] : entries.slice(start, start + request.first + 1);
  return toConnection(rest, request.first, entries.length, (entry) => timeCursorKey(entry.occurredAt, entry.id));
}
