import type { Queryable } from '../../shared';
import { invariant } from '../../shared';
import type { TicketCategory, TicketPriority } from '../__generated__/resolvers-types';
import { routedTeamCode, slaPolicyOf } from '../data/rulesRepository';

/**
 * The business rules of a new ticket, in one place. The numbers are data (migration 002), so support can change
 * them without a release; this file says how they are applied.
 *
 * Routing: a new ticket belongs to the team `tickets.routing_rules` names for its category (DELIVERY → logistics
 * desk, BILLING → billing, PRODUCT_DEFECT → product support, RETURN → returns, ACCOUNT → customer care). A
 * category without a rule (OTHER) goes to the one team in `tickets.routing_fallback` (triage). A ticket is never
 * unowned: the column is NOT NULL and a foreign key.
 *
 * SLA: `tickets.sla_policies` gives, per priority, the minutes from opening until the first answer is due and
 * until the ticket must be resolved (URGENT 1 h / 8 h, HIGH 4 h / 24 h, NORMAL 24 h / 72 h, LOW 48 h / 120 h).
 * They are calendar minutes: support works around the clock, so nights and weekends count.
 *
 * Status moves (see the commands): NEW → OPEN on the first outbound message; PENDING_CUSTOMER → OPEN on a customer
 * message; any open status → RESOLVED on resolveTicket; RESOLVED → OPEN on reopenTicket or a customer message (a
 * reopen). CLOSED accepts nothing.
 */

/** The statuses in which a ticket is still being worked on. */
export const ACTIVE_STATUSES = new Set(['NEW', 'OPEN', 'PENDING_CUSTOMER']);

const MINUTE_MS = 60_000;

/** The team that owns a new ticket of `category`: its routing rule, else the fallback team. */
export async function routeTicket(tx: Queryable, category: TicketCategory): Promise<string> {
  const teamCode = await routedTeamCode(tx, category);
  invariant(teamCode, 'tickets.routing_fallback must hold the fallback team (migration 002 inserts it)');
  return teamCode;
}

export interface DueTimes {
  firstResponseDueAt: Date;
  slaDueAt: Date;
}

/** When the first answer and the resolution of a ticket of `priority` opened at `openedAt` are due. */
export async function dueTimes(tx: Queryable, priority: TicketPriority, openedAt: Date): Promise<DueTimes> {
  const policy = await slaPolicyOf(tx, priority);
  invariant(policy, `tickets.sla_policies has no policy for priority ${priority} (migration 002 inserts all four)`);
  return {
    firstResponseDueAt: new Date(openedAt.getTime() + policy.firstResponseMinutes * MINUTE_MS),
    slaDueAt: new Date(openedAt.getTime() + policy.resolutionMinutes * MINUTE_MS),
  };
}
