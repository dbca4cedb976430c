import type { Identity } from '../auth/identity';
import { TICKET_ACTIONS } from './ticketAction';
import type { ActionTicket, TicketAction } from './ticketAction';

/** Statuses still being worked on (subgraphs/tickets/commands/rules.ts: ACTIVE_STATUSES). */
const OPEN_STATUSES: ReadonlySet<string> = new Set(['NEW', 'OPEN', 'PENDING_CUSTOMER']);

export interface Offer {
  /** The buttons to show, in button order. */
  actions: TicketAction[];
  /** An agent looking at another team's ticket: they may only answer consultations addressed to their own team. */
  ownedElsewhere: boolean;
  /** The teams consulted on the ticket, whose answer this person may send (agents: only their own team). */
  answerableConsults: string[];
  /** CLOSED: the server accepts nothing, so nothing is offered and the page says why. */
  closed: boolean;
}

/** Every team ever consulted on the ticket, once each, in the order they were asked. */
export function consultedTeams(ticket: Pick<ActionTicket, 'handoffs'>): string[] {
  const codes = (ticket.handoffs ?? []).filter((handoff) => handoff.kind === 'CONSULT').map((h) => h.toTeam.code);
  return [...new Set(codes)];
}

/**
 * Which actions make sense for this ticket, for this person. The gateway enforces the rules (an agent acts only as
 * themself, assigns only within the owning team…); this only hides what would be refused or makes no sense, e.g.
 * resolving a resolved ticket. Whether a consultation is still unanswered the ticket's hand-offs do not say: the
 * server answers NO_OPEN_CONSULTATION, shown in the form.
 */
export function offeredActions(ticket: ActionTicket, identity: Identity | undefined): Offer {
  const none: Offer = { actions: [], ownedElsewhere: false, answerableConsults: [], closed: false };
  if (!identity || (identity.role !== 'agent' && identity.role !== 'supervisor')) return none;
  if (ticket.status === 'CLOSED') return { ...none, closed: true };
  const open = OPEN_STATUSES.has(ticket.status);
  const resolved = ticket.status === 'RESOLVED';
  const agent = identity.role === 'agent';
  const ownTeam = !agent || ticket.team.code === identity.team;
  const consults = consultedTeams(ticket);
  const answerableConsults = open ? (agent ? consults.filter((code) => code === identity.team) : consults) : [];

  const offered: Record<TicketAction, boolean> = {
    reply: ownTeam && (open || resolved),
    note: ownTeam && (open || resolved),
    take: agent && ownTeam && open && ticket.assignee?.id !== identity.userId,
    // team leads hand tickets to people; an agent takes one or transfers it to a team
    assign: !agent && open,
    transfer: ownTeam && open,
    consult: ownTeam && open,
    answerConsult: answerableConsults.length > 0,
    resolve: ownTeam && open,
    reopen: ownTeam && resolved,
  };
  return {
    actions: TICKET_ACTIONS.filter((action) => offered[action]),
    ownedElsewhere: !ownTeam,
    answerableConsults,
    closed: false,
  };
}
