import DataLoader from 'dataloader';
import type { ActivityEvent, PageWithTotal, Queryable } from '../shared';
import { activityRepository } from './data/activityRepository';
import { customerTicketRepository } from './data/customerTicketRepository';
import { eventRepository } from './data/eventRepository';
import { rulesRepository } from './data/rulesRepository';
import type { CustomerTicketPageKey } from './data/customerTicketRepository';
import { handoffRepository } from './data/handoffRepository';
import { messageRepository } from './data/messageRepository';
import { piiDigestRepository } from './data/piiDigestRepository';
import { knownPiiOf } from '../shared/pii/freeTextMasking';
import type { KnownPii } from '../shared/pii/freeTextMasking';
import type { MessagePage, MessagePageKey } from './data/messageRepository';
import type { AgentRow, HandoffRow, TicketEventRow, TicketRow } from './data/rows';
import { teamRepository } from './data/teamRepository';
import { createTeamDirectory } from './teamDirectory';
import { ticketRepository } from './data/ticketRepository';
import { toActivityEvent } from './activity/ticketActivity';
import type { KpiParent } from './data/kpiFilter';
import { kpiRepository } from './data/kpiRepository';
import { unattendedRepository } from './data/unattendedRepository';
import type { UnattendedPage, UnattendedPageKey } from './data/unattendedRepository';
import type { TeamUnattendedRow, UnattendedFilter } from './data/unattendedRows';

// Page keys are objects; DataLoader caches by identity unless told how to compare them (Dates become ISO text).
const byValue = { cacheKeyFn: (key: unknown) => JSON.stringify(key) };

/**
 * A loader that reads each key on its own, side by side: for root fields and TicketKpis, of which a request holds
 * one (or a few) keys, so batching them into one statement would buy nothing.
 */
function perKey<Key, Value>(read: (key: Key) => Promise<Value>): DataLoader<Key, Value, string> {
  return new DataLoader<Key, Value, string>((keys) => Promise.all(keys.map(read)), byValue);
}

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
  const kpis = kpiRepository(db);
  const unattended = unattendedRepository(db);

  const directory = createTeamDirectory(teams);

  return {
    ticketById: new DataLoader<string, TicketRow>((ids) => tickets.findByIds(ids)),
    ticketByNumber: new DataLoader<string, TicketRow>((numbers) => tickets.findByNumbers(numbers)),
    ticketsByOrderId: new DataLoader<string, TicketRow[]>((ids) => tickets.findByOrderIds(ids)),
    ticketsByShipmentId: new DataLoader<string, TicketRow[]>((ids) => tickets.findByShipmentIds(ids)),
    /** A page of the customer's tickets with the filter's total, in one statement. */
    ticketsByCustomerId: new DataLoader<CustomerTicketPageKey, PageWithTotal<TicketRow>, string>(
      (keys) => customerTickets.pageByCustomers(keys),
      byValue,
    ),
    messagesByTicketId: new DataLoader<MessagePageKey, MessagePage, string>(
      (keys) => messages.pageByTickets(keys),
      byValue,
    ),
    handoffsByTicketId: new DataLoader<string, HandoffRow[]>((ids) => handoffs.findByTicketIds(ids)),
    eventsByTicketId: new DataLoader<string, TicketEventRow[]>((ids) => events.findByTicketIds(ids)),
    teamByCode: directory.teamByCode,
    /** The customer's own e-mail, phone and streets as digests, for masking them in ticket texts (see @pii). */
    knownPiiByCustomerId: new DataLoader<string, KnownPii>(async (ids) =>
      (await piiDigests.findByCustomerIds(ids)).map(knownPiiOf),
    ),
    agentById: directory.agentById,
    agentsByTeamCode: new DataLoader<string, AgentRow[]>((codes) => teams.findAgentsByTeamCodes(codes)),
    activityByCustomerId: new DataLoader<string, ActivityEvent[]>(async (ids) =>
      (await activity.findByCustomerIds(ids)).map((rows) => rows.map(toActivityEvent)),
    ),
    // the TicketKpis field groups, each read at most once per TicketKpis (keyed by its filter and clock)
    kpiSummary: perKey<KpiParent, Awaited<ReturnType<typeof kpis.summary>>>(({ filter, now }) =>
      kpis.summary(filter, now),
    ),
    kpiBacklog: perKey<KpiParent, Awaited<ReturnType<typeof kpis.backlog>>>(({ filter, now }) =>
      kpis.backlog(filter, now),
    ),
    kpiComplaints: perKey(({ filter }: KpiParent) => kpis.complaints(filter)),
    unattendedPageByFilter: perKey<UnattendedPageKey, UnattendedPage>((key) => unattended.page(key)),
    unattendedSummaryByFilter: perKey<UnattendedFilter, TeamUnattendedRow[]>((key) => unattended.summary(key)),
    /** Where each category is routed (one small statement; the playground reads it). */
    routingRules: () => rules.routingRules(),
    /** The SLA of each priority. */
    slaPolicies: () => rules.slaPolicies(),
    /** Every team, by name, from the request's team directory (one statement with the agents, see teamDirectory). */
    allTeams: directory.allTeams,
  };
}

export type TicketsLoaders = ReturnType<typeof createTicketsLoaders>;
