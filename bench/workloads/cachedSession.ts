import { randomUUID } from 'node:crypto';
import { BENCH_KEY_PREFIX } from '../subgraphHost/ensureDataset';
import type { LoadStep, SessionContext } from '../loadPlan';
import { cycle, graphqlBody, savedOperation } from './documents';
import { authorized } from './workloadInput';
import type { WorkloadInput } from './workloadInput';

/** Customers the agents keep coming back to: small enough that every story stays in the entity cache. */
export const WORKING_SET = 50;
/** Story reads in a session before its write: one write and its check read in every READS_PER_WRITE + 2 (5 %). */
const READS_PER_WRITE = 18;
/** Requests in the sequence each connection repeats (a write is never its last step, see `step`). */
const SESSION_STEPS = 200;
/** Unmeasured requests that read every working-set customer's story at least once, so the cache is warm. */
export const CACHED_WARMUP = Math.ceil((WORKING_SET * (READS_PER_WRITE + 2)) / READS_PER_WRITE) + 10;
const AGENT_ID = 'agt_1';
const TEAMS = ['billing', 'customer_care'] as const;
const STALE_SAMPLES_KEPT = 3;

/** Reads that came right after a write through the same gateway and did not show it. */
export interface StaleTally {
  /** Reads checked against the write just before them. */
  checked: number;
  stale: number;
  /** A few stale reads, in words. */
  samples: string[];
}

export const newStaleTally = (): StaleTally => ({ checked: 0, stale: 0, samples: [] });

/** What a write left behind, for the read after it to show. */
export type Expectation =
  { kind: 'opened' } | { kind: 'message'; atLeast: number } | { kind: 'transfer'; team: string };

/** One working-set customer's ticket; a session leases it for its write and the read after, so writes never collide. */
interface Slot {
  customerId: string;
  ticket?: { id: string; number: string; team: string; messages: number };
  busy: boolean;
  writes: number;
}

interface StoryTicket {
  number?: string;
  team?: { code?: string };
  messages?: { totalCount?: number };
}
interface StoryAnswer {
  data?: { customer?: { tickets?: { edges?: { node?: StoryTicket }[] } } };
}
interface OpenAnswer {
  data?: { openTicket?: { id?: string; number?: string; team?: { code?: string } } };
}

// one set of tickets per bench run (the input), shared by every gateway's runs so the stories stay the same size
const slotsByInput = new WeakMap<WorkloadInput, Slot[]>();

function slotsFor(input: WorkloadInput): Slot[] {
  let slots = slotsByInput.get(input);
  if (!slots) {
    // from the end of the sample: the agent workload opens its tickets for the first customers, and the story
    // shows a customer's 10 newest tickets, which must include the one this workload writes on
    slots = input.sample.customerIds.slice(-WORKING_SET).map((customerId) => ({ customerId, busy: false, writes: 0 }));
    slotsByInput.set(input, slots);
  }
  // a run stops after its last request, possibly between a write and its check: nothing is left leased
  for (const slot of slots) slot.busy = false;
  return slots;
}

/**
 * Repeated agent-session reads, the entity cache's case: each connection (an agent) reads the customer story of
 * the next customer of a working set of WORKING_SET; one request in READS_PER_WRITE + 2 of all is instead a write
 * through the gateway on one working-set customer's ticket (the first time openTicket, then addMessage and
 * transferTicket in turn), and the same connection's next request reads that customer's story again. That read
 * must show the write (the ticket, one message more, the new team); each that does not is a stale read in `tally`.
 */
export function cachedSessionSteps(input: WorkloadInput, tally: StaleTally): LoadStep[] {
  const headers = authorized(input);
  const slots = slotsFor(input);
  const nextReader = cycle(slots.map(({ customerId }) => customerId));
  const story = savedOperation('customerStory');
  const openTicket = savedOperation('openTicket');
  const addMessage = savedOperation('addMessage');
  const transferTicket = savedOperation('transferTicket');
  const instance = randomUUID().slice(0, 8);
  let nextSlot = 0;
  let writes = 0;
  let requests = 0;
  let writeDue = false;

  const lease = (): Slot | undefined => {
    for (let tried = 0; tried < slots.length; tried++) {
      const slot = slots[nextSlot++ % slots.length] as Slot;
      if (!slot.busy) {
        slot.busy = true;
        return slot;
      }
    }
    return undefined;
  };
  const readBody = () => graphqlBody(story, { id: nextReader() });

  const writeBody = (slot: Slot, context: SessionContext): string => {
    const n = ++writes;
    if (!slot.ticket) {
      context['expect'] = { kind: 'opened' } satisfies Expectation;
      return graphqlBody(openTicket, {
        input: {
          customerId: slot.customerId,
          channel: 'CHAT',
          category: 'DELIVERY',
          priority: 'NORMAL',
          subject: 'Benchmark: cached session',
          body: 'Hello, where is my parcel?',
          idempotencyKey: `${BENCH_KEY_PREFIX}${input.runId}-cached-${instance}-${n}`,
        },
      });
    }
    slot.writes += 1;
    if (slot.writes % 2 === 1) {
      context['expect'] = { kind: 'message', atLeast: slot.ticket.messages + 1 } satisfies Expectation;
      return graphqlBody(addMessage, {
        input: {
          ticketId: slot.ticket.id,
          direction: 'OUTBOUND',
          channel: 'CHAT',
          body: `Benchmark reply ${input.runId}-${instance}-${n}`,
          agentId: AGENT_ID,
        },
      });
    }
    const team = slot.ticket.team === TEAMS[0] ? TEAMS[1] : TEAMS[0];
    context['expect'] = { kind: 'transfer', team } satisfies Expectation;
    return graphqlBody(transferTicket, {
      ticketId: slot.ticket.id,
      toTeam: team,
      reason: `Benchmark transfer ${input.runId}-${instance}-${n}`,
      agentId: AGENT_ID,
    });
  };

  const written = (body: string, slot: Slot, expectation: Expectation | undefined) => {
    if (!slot.ticket && expectation?.kind === 'opened') {
      const opened = (JSON.parse(body) as OpenAnswer).data?.openTicket;
      if (opened?.id && opened.number && opened.team?.code)
        slot.ticket = { id: opened.id, number: opened.number, team: opened.team.code, messages: 0 };
    } else if (slot.ticket && expectation?.kind === 'transfer') {
      slot.ticket.team = expectation.team;
    }
  };

  const checked = (body: string, slot: Slot, expectation: Expectation) => {
    if (!slot.ticket) return;
    const problem = staleness(body, slot.ticket, expectation);
    tally.checked += 1;
    if (problem) {
      tally.stale += 1;
      if (tally.samples.length < STALE_SAMPLES_KEPT) tally.samples.push(`${slot.customerId}: ${problem}`);
    } else {
      // a transfer may add a message of its own: the next reply is checked against what the story showed
      slot.ticket.messages = ticketIn(body, slot.ticket.number)?.messages?.totalCount ?? slot.ticket.messages;
    }
  };

  /**
   * Step `index` of a connection's SESSION_STEPS: the check read when this connection's write just answered,
   * else a write when one is due (every READS_PER_WRITE + 2 requests of all connections; never the last step,
   * since autocannon forgets the connection's context when it starts over), else a story read.
   */
  const step = (index: number): LoadStep => ({
    headers,
    body: (context) => {
      const slot = context['slot'] as Slot | undefined;
      if (context['phase'] === 'written' && slot) {
        context['phase'] = 'check';
        return graphqlBody(story, { id: slot.customerId });
      }
      // the write or its check failed (counted as an error): the ticket is free for another session
      if (slot) slot.busy = false;
      context['slot'] = undefined;
      if (++requests % (READS_PER_WRITE + 2) === 0) writeDue = true;
      const leased = writeDue && index < SESSION_STEPS - 2 ? lease() : undefined;
      if (!leased) {
        context['phase'] = 'read';
        return readBody();
      }
      writeDue = false;
      context['slot'] = leased;
      context['phase'] = 'write';
      return writeBody(leased, context);
    },
    onResponse: (body, context) => {
      const slot = context['slot'] as Slot | undefined;
      const expectation = context['expect'] as Expectation | undefined;
      if (!slot) return;
      if (context['phase'] === 'write') {
        written(body, slot, expectation);
        context['phase'] = 'written';
      } else if (context['phase'] === 'check') {
        if (expectation) checked(body, slot, expectation);
        slot.busy = false;
        context['slot'] = undefined;
      }
    },
  });

  return Array.from({ length: SESSION_STEPS }, (_, index) => step(index));
}

function ticketIn(body: string, number: string): StoryTicket | undefined {
  const edges = (JSON.parse(body) as StoryAnswer).data?.customer?.tickets?.edges ?? [];
  return edges.map(({ node }) => node).find((ticket) => ticket?.number === number);
}

/** Why the story does not show the write, or undefined when it does. */
export function staleness(body: string, ticket: { number: string }, expectation: Expectation): string | undefined {
  const shown = ticketIn(body, ticket.number);
  if (!shown) return `ticket ${ticket.number} missing from the story`;
  if (expectation.kind === 'message' && (shown.messages?.totalCount ?? 0) < expectation.atLeast)
    return `ticket ${ticket.number} shows ${shown.messages?.totalCount} messages, expected at least ${expectation.atLeast}`;
  if (expectation.kind === 'transfer' && shown.team?.code !== expectation.team)
    return `ticket ${ticket.number} shows team ${shown.team?.code}, expected ${expectation.team}`;
  return undefined;
}
