import type { SessionContext } from '../../../bench/loadPlan';
import { staleReadsLine, targetVerdict } from '../../../bench/report/markdownReport';
import type { RunRecord, WorkloadSummary } from '../../../bench/report/benchResults';
import { cacheTarget, staleReadsOf } from '../../../bench/report/summarize';
import { cachedSessionSteps, newStaleTally, staleness, WORKING_SET } from '../../../bench/workloads/cachedSession';
import type { WorkloadInput } from '../../../bench/workloads/workloadInput';

interface Ticket {
  id: string;
  number: string;
  team: string;
  messages: number;
}

/**
 * A gateway in memory: the ticket writes change its state; with `neverInvalidate` it answers every customer's
 * story as it was the first time it was asked (a cache that writes do not reach).
 */
function fakeGateway(neverInvalidate: boolean) {
  const tickets = new Map<string, Ticket[]>();
  const byId = new Map<string, Ticket>();
  const cached = new Map<string, string>();
  let opened = 0;
  const story = (id: string) =>
    JSON.stringify({
      data: {
        customer: {
          tickets: {
            edges: (tickets.get(id) ?? []).map(({ number, team, messages }) => ({
              node: { number, team: { code: team }, messages: { totalCount: messages } },
            })),
          },
        },
      },
    });
  return (body: string): string => {
    const { query, variables } = JSON.parse(body) as {
      query: string;
      variables: { id: string; ticketId: string; toTeam: string; input: { customerId: string; ticketId: string } };
    };
    if (query.includes('mutation openTicket')) {
      const ticket = { id: `tkt_${++opened}`, number: `TCK-${opened}`, team: 'customer_care', messages: 1 };
      tickets.set(variables.input.customerId, [ticket, ...(tickets.get(variables.input.customerId) ?? [])]);
      byId.set(ticket.id, ticket);
      return JSON.stringify({
        data: { openTicket: { id: ticket.id, number: ticket.number, team: { code: 'customer_care' } } },
      });
    }
    if (query.includes('mutation addMessage')) {
      byId.get(variables.input.ticketId)!.messages += 1;
      return '{"data":{"addMessage":{}}}';
    }
    if (query.includes('mutation transferTicket')) {
      byId.get(variables.ticketId)!.team = variables.toTeam;
      return '{"data":{"transferTicket":{}}}';
    }
    const { id } = variables;
    if (!neverInvalidate) return story(id);
    if (!cached.has(id)) cached.set(id, story(id));
    return cached.get(id)!;
  };
}

const newInput = (): WorkloadInput => ({
  sample: { customerIds: Array.from({ length: 80 }, (_, i) => `cus_${i + 1}`), orderNumbers: ['ORD-1'] },
  authorization: 'Bearer test',
  asOf: new Date('2026-11-01T00:00:00.000Z'),
  kpiDays: [30],
  runId: 'test',
});

/** Sends `amount` requests over `connections` sessions in turn, as autocannon does (context reset per loop). */
function drive(answer: (body: string) => string, amount: number, connections: number) {
  // a fresh input: the workload keeps its tickets per input, for the whole bench run
  const input = newInput();
  const tally = newStaleTally();
  const steps = cachedSessionSteps(input, tally);
  const sessions = Array.from({ length: connections }, () => ({ index: 0, context: {} as SessionContext }));
  const sent: string[] = [];
  for (let n = 0; n < amount; n++) {
    const session = sessions[n % connections]!;
    const step = steps[session.index]!;
    const body = step.body(session.context);
    if (body !== undefined) {
      sent.push(String(body));
      step.onResponse?.(answer(String(body)), session.context);
    }
    session.index += 1;
    if (session.index === steps.length) {
      session.index = 0;
      session.context = {};
    }
  }
  return { tally, sent, input };
}

describe('the cached workload (bench/workloads/cachedSession.ts)', () => {
  it('reads only the working set, writes about one request in twenty and finds every write in the read after it', () => {
    const { tally, sent, input } = drive(fakeGateway(false), 4_000, 20);
    const writes = sent.filter((body) => /mutation (?:openTicket|addMessage|transferTicket)\(/.test(body));
    expect(writes.length).toBeGreaterThanOrEqual(180);
    expect(writes.length).toBeLessThanOrEqual(200);
    // every working-set customer got a ticket, then replies and transfers
    expect(writes.filter((body) => body.includes('openTicket')).length).toBe(WORKING_SET);
    expect(writes.some((body) => body.includes('transferTicket'))).toBe(true);
    expect(writes.some((body) => body.includes('addMessage'))).toBe(true);
    const readIds = new Set(
      sent
        .filter((body) => !/mutation (?:openTicket|addMessage|transferTicket)\(/.test(body))
        .map((body) => (JSON.parse(body) as { variables: { id: string } }).variables.id),
    );
    expect(readIds).toEqual(new Set(input.sample.customerIds.slice(-WORKING_SET)));
    expect(tally).toEqual({ checked: writes.length, stale: 0, samples: [] });
  });

  it('counts the reads that do not show the write before them as stale', () => {
    const { tally } = drive(fakeGateway(true), 2_000, 20);
    expect(tally.checked).toBeGreaterThan(50);
    expect(tally.stale).toBe(tally.checked);
    expect(tally.samples).toHaveLength(3);
  });

  it('says why a story is stale', () => {
    const body = JSON.stringify({
      data: {
        customer: {
          tickets: { edges: [{ node: { number: 'T-1', team: { code: 'billing' }, messages: { totalCount: 2 } } }] },
        },
      },
    });
    expect(staleness(body, { number: 'T-1' }, { kind: 'opened' })).toBeUndefined();
    expect(staleness(body, { number: 'T-2' }, { kind: 'opened' })).toBe('ticket T-2 missing from the story');
    expect(staleness(body, { number: 'T-1' }, { kind: 'message', atLeast: 3 })).toBe(
      'ticket T-1 shows 2 messages, expected at least 3',
    );
    expect(staleness(body, { number: 'T-1' }, { kind: 'transfer', team: 'customer_care' })).toBe(
      'ticket T-1 shows team billing, expected customer_care',
    );
  });
});

describe('the cached workload in the report', () => {
  const run = (subject: string, checked: number, stale: number): RunRecord => ({
    workload: 'cached',
    subject,
    round: 1,
    requests: 100,
    requestsPerSecond: 1,
    latencyP50Ms: 1,
    latencyP99Ms: 1,
    errors: 0,
    cpuMsPerRequest: null,
    peakRssMb: null,
    fetchesPerRequest: null,
    statusCounts: {},
    errorSamples: [],
    staleReads: { checked, stale, samples: [] },
  });
  const summary = (ratio: number): WorkloadSummary =>
    ({
      workload: 'cached',
      title: 'cached',
      reference: 'apollo',
      subjects: [{ subject: 'ours+cache', label: 'ours+cache', metrics: {}, ratios: { requestsPerSecond: ratio } }],
    }) as unknown as WorkloadSummary;

  it('sums stale reads over the rounds and holds the target to 5× and no stale read', () => {
    const runs = [run('ours+cache', 90, 0), run('ours+cache', 95, 0), run('apollo', 100, 1)];
    const staleReads = staleReadsOf('cached', runs);
    expect(staleReads).toEqual([
      { subject: 'ours+cache', checked: 185, stale: 0 },
      { subject: 'apollo', checked: 100, stale: 1 },
    ]);
    expect(staleReadsLine(staleReads)).toContain('ours+cache 0 of 185 checked; apollo 1 of 100 checked');

    const met = cacheTarget(summary(6.2), staleReads, 'ours+cache', 5);
    expect(met).toEqual({ subject: 'ours+cache', minRatio: 5, ratio: 6.2, stale: 0, met: true });
    expect(targetVerdict(met, 'apollo')).toContain('measured ×6.20 with 0 stale: **met**');
    expect(cacheTarget(summary(4.9), staleReads, 'ours+cache', 5).met).toBe(false);
    const stale = cacheTarget(summary(6.2), [{ subject: 'ours+cache', checked: 10, stale: 1 }], 'ours+cache', 5);
    expect(stale.met).toBe(false);
    expect(targetVerdict(stale, 'apollo')).toContain('with 1 stale: **NOT met**');
  });
});
