import { Random } from '../random';
import type { TicketRow } from '../rows';
import type { StoryContext } from '../storyContext';
import { openTicket } from '../ticketStory';
import type { TicketPlan } from '../ticketStory';
import { DAY, HOUR, MINUTE, plus } from '../time';

/** The queue's own stream, so it is the same whatever the seed. */
const QUEUE_SEED = 361;

interface QueueEntry {
  /** What it shows, for the reader of the data (and of the tests that look for it). */
  shows: string;
  /** Milliseconds before asOf it was opened. */
  ageMs: number;
  plan: Omit<TicketPlan, 'createdAt'>;
  /** An agent took it, but nobody answered the customer yet. */
  takenUnanswered?: boolean;
}

/**
 * The support queue at asOf, one ticket for each of the first generated customers (cus_6, cus_7, …), so the data
 * always holds every kind of unattended ticket and some reopened ones (SLA hours: see SLA_HOURS):
 */
export const SUPPORT_QUEUE: readonly QueueEntry[] = [
  {
    shows: 'UNASSIGNED: new, nobody took it, first answer still due in 22 hours',
    ageMs: 2 * HOUR,
    plan: { category: 'ACCOUNT', status: 'NEW', priority: 'NORMAL', channel: 'EMAIL' },
  },
  {
    shows: 'NO_FIRST_RESPONSE (and UNASSIGNED): urgent, new for 3 hours, first answer was due 2 hours ago',
    ageMs: 3 * HOUR,
    plan: { category: 'BILLING', status: 'NEW', priority: 'URGENT', channel: 'PHONE' },
  },
  {
    shows: 'NO_FIRST_RESPONSE only: an agent took it 6 hours ago and has not written to the customer',
    ageMs: 6 * HOUR,
    plan: { category: 'OTHER', status: 'NEW', priority: 'HIGH', channel: 'WEB_FORM' },
    takenUnanswered: true,
  },
  {
    shows: 'SLA_BREACHED: high priority, open for 30 hours, resolution was due 6 hours ago',
    ageMs: 30 * HOUR,
    plan: { category: 'DELIVERY', status: 'OPEN', priority: 'HIGH', channel: 'CHAT', handoff: 'NONE', spanHours: 2 },
  },
  {
    shows: 'SLA_AT_RISK: urgent, open, resolution due in 30 minutes',
    ageMs: 7 * HOUR + 30 * MINUTE,
    plan: { category: 'PRODUCT_DEFECT', status: 'OPEN', priority: 'URGENT', channel: 'EMAIL', spanHours: 2 },
  },
  {
    shows: 'CONSULT_WAITING: billing consulted 2 days ago, no billing agent has answered inside the ticket',
    ageMs: 3 * DAY,
    plan: {
      category: 'BILLING',
      status: 'OPEN',
      priority: 'LOW',
      channel: 'EMAIL',
      handoff: 'CONSULT',
      consultAnswered: false,
      spanHours: 12,
    },
  },
  {
    shows: 'reopened once, then resolved again',
    ageMs: 5 * DAY,
    plan: {
      category: 'RETURN',
      status: 'RESOLVED',
      priority: 'NORMAL',
      channel: 'CHAT',
      reopenCount: 1,
      spanHours: 48,
    },
  },
  {
    shows: 'reopened twice and open again (its SLA is still ahead)',
    ageMs: 1 * DAY,
    plan: { category: 'ACCOUNT', status: 'OPEN', priority: 'LOW', channel: 'PHONE', reopenCount: 2, spanHours: 6 },
  },
  {
    shows: 'reopened once, closed for good three weeks ago',
    ageMs: 25 * DAY,
    plan: { category: 'DELIVERY', status: 'CLOSED', priority: 'NORMAL', channel: 'EMAIL', reopenCount: 1 },
  },
];

/** The first generated customer number; customer `QUEUE_FIRST_CUSTOMER + i` gets SUPPORT_QUEUE[i]. */
export const QUEUE_FIRST_CUSTOMER = 6;

/**
 * Opens the queue ticket of generated customer `n`, if it has one. Called right after the customer is generated,
 * so the ids stay independent of the chunk size.
 */
export function openQueueTicket(ctx: Omit<StoryContext, 'r'>, n: number): TicketRow | null {
  const entry = SUPPORT_QUEUE[n - QUEUE_FIRST_CUSTOMER];
  const customer = entry && ctx.rows.customers.find((row) => row.id === `cus_${n}`);
  if (!entry || !customer) return null;
  const story: StoryContext = { ...ctx, r: new Random(QUEUE_SEED, n) };
  const ticket = openTicket(story, customer, { ...entry.plan, createdAt: plus(ctx.asOf, -entry.ageMs) });
  if (entry.takenUnanswered) {
    const agent = ctx.catalogue.agentsByTeam.customer_care[0];
    if (!agent) throw new Error('invariant violated: the catalogue has no customer care agent');
    ticket.assignee_id = agent.id;
  }
  return ticket;
}
