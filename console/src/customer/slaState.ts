// SLA state in words, for the customer header ("1 breached", "due in 25 min", "OK") and each ticket's header. The
// server says whether the resolution deadline is breached (slaBreached); the page also counts a deadline as breached
// once it passed while the page was open, and a first response that is overdue, so the words never lag the clock.

import { formatDuration } from '../ui/format';

export interface SlaTicket {
  number: string;
  status?: string | undefined;
  slaDueAt: string;
  slaBreached: boolean;
  firstResponseDueAt: string;
  firstRespondedAt?: string | null | undefined;
}

export type SlaTone = 'danger' | 'warn' | 'ok';

export interface SlaState {
  text: string;
  tone: SlaTone;
}

/** Tickets whose deadlines still run. */
const OPEN_STATUSES = new Set(['NEW', 'OPEN', 'PENDING_CUSTOMER']);
/** A deadline closer than this is shown as "due in …" (and in amber within an hour). */
const SOON_MS = 4 * 60 * 60_000;
const VERY_SOON_MS = 60 * 60_000;

function isOpen(ticket: SlaTicket): boolean {
  return ticket.status === undefined || OPEN_STATUSES.has(ticket.status);
}

/** The ticket's next deadline: the first response while none was sent, else the resolution. */
export function nextDeadline(ticket: SlaTicket): { kind: 'first response' | 'resolution'; dueAt: number } {
  const firstResponse = Date.parse(ticket.firstResponseDueAt);
  const resolution = Date.parse(ticket.slaDueAt);
  if (!ticket.firstRespondedAt && !Number.isNaN(firstResponse) && firstResponse < resolution) {
    return { kind: 'first response', dueAt: firstResponse };
  }
  return { kind: 'resolution', dueAt: resolution };
}

export function isBreached(ticket: SlaTicket, now: number): boolean {
  if (!isOpen(ticket)) return ticket.slaBreached;
  if (ticket.slaBreached) return true;
  if (Date.parse(ticket.slaDueAt) <= now) return true;
  return !ticket.firstRespondedAt && Date.parse(ticket.firstResponseDueAt) <= now;
}

/** The customer's state over their open tickets: the breached count, else the nearest deadline if soon, else OK. */
export function customerSlaState(tickets: readonly SlaTicket[], now: number): SlaState {
  const open = tickets.filter(isOpen);
  const breached = open.filter((ticket) => isBreached(ticket, now)).length;
  if (breached > 0) return { text: `${breached} breached`, tone: 'danger' };
  const nearest = Math.min(...open.map((ticket) => nextDeadline(ticket).dueAt).filter((at) => !Number.isNaN(at)));
  if (Number.isFinite(nearest) && nearest - now <= SOON_MS) {
    return { text: `due in ${formatDuration(nearest - now)}`, tone: nearest - now <= VERY_SOON_MS ? 'warn' : 'ok' };
  }
  return { text: 'OK', tone: 'ok' };
}

/** One ticket's SLA in words: "SLA breached", "First response due in 25 min", "Resolution due in 2 d 3 h", "Met". */
export function ticketSlaState(ticket: SlaTicket, now: number): SlaState {
  if (isBreached(ticket, now)) return { text: 'SLA breached', tone: 'danger' };
  if (!isOpen(ticket)) return { text: 'SLA met', tone: 'ok' };
  const { kind, dueAt } = nextDeadline(ticket);
  if (Number.isNaN(dueAt)) return { text: 'No SLA deadline', tone: 'ok' };
  const label = kind === 'first response' ? 'First response' : 'Resolution';
  return {
    text: `${label} due in ${formatDuration(dueAt - now)}`,
    tone: dueAt - now <= VERY_SOON_MS ? 'warn' : 'ok',
  };
}
