import type { TicketRow } from '../data/rows';

const DONE = new Set(['RESOLVED', 'CLOSED']);

/**
 * Whether a ticket missed its SLA: it was resolved after `slaDueAt`, or it is still open and `now` is past it.
 * `now` comes from the request context's clock, so tests can pin it.
 */
export function slaBreached(ticket: Pick<TicketRow, 'status' | 'slaDueAt' | 'resolvedAt'>, now: Date): boolean {
  if (ticket.resolvedAt) return ticket.resolvedAt.getTime() > ticket.slaDueAt.getTime();
  return !DONE.has(ticket.status) && now.getTime() > ticket.slaDueAt.getTime();
}
