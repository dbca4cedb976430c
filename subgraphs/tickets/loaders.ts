import DataLoader from 'dataloader';
import type { ActivityEvent, Queryable } from '../shared';
import { activityRepository } from './data/activityRepository';
import { customerTicketRepository } from './data/customerTicketRepository';
import { eventRepository } from './data/eventRepository';
import { rulesRepository } from './data/rulesRepository';
import type { CustomerTicketFilter, CustomerTicketPageKey } from './data/customerTicketRepository';
import { handoffRepository } from './data/handoffRepository';
import { messageRepository } from './data/messageRepository';
import { piiDigestRepository } from './data/piiDigestRepository';
import { knownPiiOf } from '../shared/pii/freeTextMasking';
import type { KnownPii } from '../shared/pii/freeTextMasking';
import type { MessagePage, MessagePageKey } from './data/messageRepository';
import type { AgentRow, HandoffRow, TeamRow, TicketEventRow, TicketRow } from './data/rows';
import { teamRepository } from './data/teamRepository';
import { ticketRepository } from './data/ticketRepository';
import { toActivityEvent } from './activity/ticketActivity';
import { createKpiLoaders } from './data/kpiLoaders';
import { createUnattendedLoaders } from './data/unattendedLoaders';

// Page keys are objects; DataLoader caches by identity unless told how to compare them.
const byValue = { cacheKeyFn: (key: unknown) => JSON.stringify(key) };

/** Per-request DataLoaders: every list or reference a query touches costs one statement per batch. */
export function createTicketsLoaders(db: Queryable) {
  const tickets = ticketRepository(db);
  const customerTickets = customerTicketRepository(db);
  const messages = messageRepository(db);
  const handoffs = handoffRepository(db);
  const teams = teamRepository(db);
  const activity = activityRepository(db);
  const events = eventRepository(db);
  const rules = rulesRepository(db);
  const piiDigests = piiDigestRepository(db);

  const teamByCode = new DataLoader<string, TeamRow>((codes) => teams.findByCodes(codes));
  let allTeams: Promise<TeamRow[]> | undefined;

  return {
    ...createUnattendedLoaders(db),
    ...createKpiLoaders(db),
    ticketById: new DataLoader<string, TicketRow>((ids) => tickets.findByIds(ids)),
    ticketByNumber: new DataLoader<string, TicketRow>((numbers) => tickets.findByNumbers(numbers)),
    ticketsByOrderId: new DataLoader<string, TicketRow[]>((ids) => tickets.findByOrderIds(ids)),
    ticketsByShipmentId: new DataLoader<string, TicketRow[]>((ids) => tickets.findByShipmentIds(ids)),
    ticketPageByCustomer: new DataLoader<CustomerTicketPageKey, TicketRow[], string>(
      (keys) => customerTickets.pageByCustomers(keys),
      byValue,
    ),
    ticketCountByCustomer: new DataLoader<CustomerTicketFilter, number, string>(
      (keys) => customerTickets.countByCustomers(keys),
      byValue,
    ),
    messagePageByTicket: new DataLoader<MessagePageKey, MessagePage, string>(
      (keys) => messages.pageByTickets(keys),
      byValue,
    ),
    handoffsByTicketId: new DataLoader<string, HandoffRow[]>((ids) => handoffs.findByTicketIds(ids)),
    eventsByTicketId: new DataLoader<string, TicketEventRow[]>((ids) => events.findByTicketIds(ids)),
    teamByCode,
    /** The customer's own e-mail, phone and streets as digests, for masking them in ticket texts (see @pii). */
    knownPiiByCustomerId: new DataLoader<string, KnownPii>(async (ids) =>
      (await piiDigests.findByCustomerIds(ids)).map(knownPiiOf),
    ),
    agentById: new DataLoader<string, AgentRow>((ids) => teams.findAgentsByIds(ids)),
    agentsByTeamCode: new DataLoader<string, AgentRow[]>((codes) => teams.findAgentsByTeamCodes(codes)),
    activityByCustomerId: new DataLoader<string, ActivityEvent[]>(async (ids) =>
      (await activity.findByCustomerIds(ids)).map((rows) => rows.map(toActivityEvent)),
    ),
    /** Where each category is routed (one small statement; the playground reads it). */
    routingRules: () => rules.routingRules(),
    /** The SLA of each priority. */
    slaPolicies: () => rules.slaPolicies(),
    /** Every team, read once per request; the rows also fill teamByCode. */
    allTeams(): Promise<TeamRow[]> {
      allTeams ??= teams.findAll().then((rows) => {
        for (const row of rows) teamByCode.prime(row.code, row);
        return rows;
      });
      return allTeams;
    },
  };
}

export type TicketsLoaders = ReturnType<typeof createTicketsLoaders>;
