import { ENGINES } from '../../support/testDatabases';
import { AGENTS_SQL, openHarness } from './kpiHarness';
import type { Harness } from './kpiHarness';

const NOW = new Date('2026-01-05T12:00:00.000Z');

/**
 * Open tickets, each showing one case (times relative to NOW = 2026-01-05 12:00):
 * u1 new and unassigned · u2 taken but unanswered past its first-response time, SLA due in 30 min · u3 past its
 * SLA · u4 billing consulted 5 h ago, only customer care wrote since · u5 billing consulted and answered ·
 * u6 consulted 1 h ago · u7 resolved (never listed) · u8 pending, SLA due in 5 h (listed only with a wide window).
 */
const FIXTURE = `${AGENTS_SQL}
INSERT INTO tickets.tickets (id, number, customer_id, subject, category, channel, priority, status, team_code,
  assignee_id, created_at, first_response_due_at, sla_due_at, resolved_at) VALUES
  ('tkt_1', 'T-100001', 'cus_1', 'u1', 'ACCOUNT', 'EMAIL', 'NORMAL', 'NEW', 'customer_care', NULL,
   '2026-01-05T11:00Z', '2026-01-05T15:00Z', '2026-01-06T08:00Z', NULL),
  ('tkt_2', 'T-100002', 'cus_1', 'u2', 'OTHER', 'CHAT', 'URGENT', 'OPEN', 'customer_care', 'agt_1',
   '2026-01-05T02:00Z', '2026-01-05T06:00Z', '2026-01-05T12:30Z', NULL),
  ('tkt_3', 'T-100003', 'cus_2', 'u3', 'DELIVERY', 'EMAIL', 'HIGH', 'OPEN', 'logistics_desk', 'agt_2',
   '2026-01-02T12:00Z', '2026-01-02T16:00Z', '2026-01-04T12:00Z', NULL),
  ('tkt_4', 'T-100004', 'cus_2', 'u4', 'BILLING', 'EMAIL', 'LOW', 'OPEN', 'customer_care', 'agt_1',
   '2026-01-04T12:00Z', '2026-01-06T12:00Z', '2026-01-09T12:00Z', NULL),
  ('tkt_5', 'T-100005', 'cus_3', 'u5', 'BILLING', 'EMAIL', 'LOW', 'OPEN', 'customer_care', 'agt_1',
   '2026-01-04T12:00Z', '2026-01-06T12:00Z', '2026-01-09T12:00Z', NULL),
  ('tkt_6', 'T-100006', 'cus_3', 'u6', 'BILLING', 'EMAIL', 'LOW', 'OPEN', 'customer_care', 'agt_1',
   '2026-01-04T12:00Z', '2026-01-06T12:00Z', '2026-01-09T12:00Z', NULL),
  ('tkt_7', 'T-100007', 'cus_4', 'u7', 'OTHER', 'EMAIL', 'LOW', 'RESOLVED', 'customer_care', NULL,
   '2026-01-01T12:00Z', '2026-01-01T13:00Z', '2026-01-02T12:00Z', '2026-01-04T12:00Z'),
  ('tkt_8', 'T-100008', 'cus_4', 'u8', 'OTHER', 'PHONE', 'HIGH', 'PENDING_CUSTOMER', 'billing', 'agt_3',
   '2026-01-05T10:00Z', '2026-01-05T14:00Z', '2026-01-05T17:00Z', NULL);
INSERT INTO tickets.messages (id, ticket_id, channel, direction, author, agent_id, consulted_team_code, body, sent_at) VALUES
  ('m1', 'tkt_2', 'CHAT', 'INBOUND', 'Customer', NULL, NULL, 'Hello?', '2026-01-05T02:00Z'),
  ('m2', 'tkt_3', 'EMAIL', 'OUTBOUND', 'Lars Vogel', 'agt_2', NULL, 'Looking into it', '2026-01-02T13:00Z'),
  ('m3', 'tkt_4', 'EMAIL', 'OUTBOUND', 'Anna Berg', 'agt_1', NULL, 'On it', '2026-01-04T13:00Z'),
  ('m4', 'tkt_4', NULL, 'INTERNAL', 'Anna Berg', 'agt_1', 'billing', 'Billing, any news?', '2026-01-05T09:00Z'),
  ('m5', 'tkt_5', 'EMAIL', 'OUTBOUND', 'Anna Berg', 'agt_1', NULL, 'On it', '2026-01-04T13:00Z'),
  ('m6', 'tkt_5', NULL, 'INTERNAL', 'Bea Roth', 'agt_3', 'billing', 'Refunded.', '2026-01-05T08:00Z'),
  ('m7', 'tkt_6', 'EMAIL', 'OUTBOUND', 'Anna Berg', 'agt_1', NULL, 'On it', '2026-01-04T13:00Z'),
  ('m8', 'tkt_8', 'PHONE', 'OUTBOUND', 'Bea Roth', 'agt_3', NULL, 'Please send the invoice', '2026-01-05T10:30Z');
INSERT INTO tickets.handoffs (id, ticket_id, kind, from_team_code, to_team_code, reason, by_agent_id, at) VALUES
  ('h4', 'tkt_4', 'CONSULT', 'customer_care', 'billing', 'refund?', 'agt_1', '2026-01-05T07:00Z'),
  ('h5', 'tkt_5', 'CONSULT', 'customer_care', 'billing', 'refund?', 'agt_1', '2026-01-05T07:00Z'),
  ('h6', 'tkt_6', 'CONSULT', 'customer_care', 'billing', 'refund?', 'agt_1', '2026-01-05T11:00Z');
`;

const LIST = /* GraphQL */ `
  #graphql
  query List($team: ID, $first: Int, $after: String, $due: Int, $consult: Int) {
    unattendedTickets(
      team: $team
      first: $first
      after: $after
      dueWithinMinutes: $due
      consultWaitingMinutes: $consult
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ticket {
            id
          }
          reasons
          waitingSince
        }
      }
    }
  }
`;

interface List {
  unattendedTickets: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: { node: { ticket: { id: string }; reasons: string[]; waitingSince: string } }[];
  };
}

const rows = (data: List | null | undefined) =>
  data!.unattendedTickets.edges.map(({ node }) => [node.ticket.id, node.reasons.join(','), node.waitingSince]);

describe.each(ENGINES)('unattended tickets on %s', (engine) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(engine, FIXTURE, NOW);
  });
  afterAll(() => harness?.close());

  it('lists each open ticket that needs someone with all its reasons, oldest wait first', async () => {
    const { data, errors } = await harness.run<List>(LIST);
    expect(errors).toBeUndefined();
    expect(rows(data)).toEqual([
      ['tkt_3', 'SLA_BREACHED', '2026-01-04T12:00:00.000Z'],
      ['tkt_2', 'NO_FIRST_RESPONSE,SLA_AT_RISK', '2026-01-05T06:00:00.000Z'],
      ['tkt_4', 'CONSULT_WAITING', '2026-01-05T07:00:00.000Z'],
      ['tkt_1', 'UNASSIGNED', '2026-01-05T11:00:00.000Z'],
    ]);
    expect(data!.unattendedTickets.totalCount).toBe(4);
  });

  it('widens "about to breach" and shortens the consult threshold when asked', async () => {
    const { data } = await harness.run<List>(LIST, { due: 360, consult: 30 });
    expect(rows(data)).toEqual([
      ['tkt_3', 'SLA_BREACHED', '2026-01-04T12:00:00.000Z'],
      ['tkt_2', 'NO_FIRST_RESPONSE,SLA_AT_RISK', '2026-01-05T06:00:00.000Z'],
      ['tkt_4', 'CONSULT_WAITING', '2026-01-05T07:00:00.000Z'],
      // three waits began at 11:00: ties go by ticket id
      ['tkt_1', 'UNASSIGNED', '2026-01-05T11:00:00.000Z'],
      ['tkt_6', 'CONSULT_WAITING', '2026-01-05T11:00:00.000Z'],
      ['tkt_8', 'SLA_AT_RISK', '2026-01-05T11:00:00.000Z'],
    ]);
  });

  it('keeps one owning team', async () => {
    const { data } = await harness.run<List>(LIST, { team: 'logistics_desk' });
    expect(rows(data).map(([id]) => id)).toEqual(['tkt_3']);
    expect(data!.unattendedTickets.totalCount).toBe(1);
  });

  it('pages with first/after without skipping or repeating, in one statement per page', async () => {
    const before = harness.db.stats.statements;
    const first = await harness.run<List>(LIST, { first: 2 });
    expect(harness.db.stats.statements - before).toBe(1);
    expect(rows(first.data).map(([id]) => id)).toEqual(['tkt_3', 'tkt_2']);
    expect(first.data!.unattendedTickets.pageInfo.hasNextPage).toBe(true);
    const second = await harness.run<List>(LIST, {
      first: 2,
      after: first.data!.unattendedTickets.pageInfo.endCursor,
    });
    expect(rows(second.data).map(([id]) => id)).toEqual(['tkt_4', 'tkt_1']);
    expect(second.data!.unattendedTickets).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });
    const empty = await harness.run<List>(LIST, { first: 2, after: second.data!.unattendedTickets.pageInfo.endCursor });
    expect(empty.data!.unattendedTickets).toMatchObject({ totalCount: 4, edges: [] });
  });

  it('rejects bad arguments with a code and a message that says how to fix them', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ first: 101 }, 'PAGE_SIZE_TOO_LARGE'],
      [{ after: 'nope' }, 'INVALID_CURSOR'],
      [{ team: 'Logistics Desk' }, 'INVALID_IDENTIFIER'],
      [{ team: 'nobody' }, 'NOT_FOUND'],
      [{ due: 0 }, 'BAD_USER_INPUT'],
      [{ consult: 100_000 }, 'BAD_USER_INPUT'],
    ];
    for (const [variables, code] of cases) {
      const { errors } = await harness.run(LIST, variables);
      expect(errors?.[0]?.extensions?.['code']).toBe(code);
    }
    const { errors } = await harness.run(LIST, { consult: 0 });
    expect(errors?.[0]?.message).toMatch(/"consultWaitingMinutes" must be a whole number of minutes from 1 to 10080/);
  });

  it('summarizes every team, with the count per reason and the oldest wait', async () => {
    const { data, errors } = await harness.run<{
      unattendedSummary: {
        team: { code: string };
        count: number;
        oldestWaitingSince: string | null;
        byReason: { reason: string; count: number }[];
      }[];
    }>(/* GraphQL */ `
      #graphql
      {
        unattendedSummary {
          team {
            code
          }
          count
          oldestWaitingSince
          byReason {
            reason
            count
          }
        }
      }
    `);
    expect(errors).toBeUndefined();
    const byTeam = Object.fromEntries(data!.unattendedSummary.map((row) => [row.team.code, row]));
    expect(byTeam['customer_care']).toEqual({
      team: { code: 'customer_care' },
      count: 3,
      oldestWaitingSince: '2026-01-05T06:00:00.000Z',
      byReason: [
        { reason: 'UNASSIGNED', count: 1 },
        { reason: 'NO_FIRST_RESPONSE', count: 1 },
        { reason: 'SLA_BREACHED', count: 0 },
        { reason: 'SLA_AT_RISK', count: 1 },
        { reason: 'CONSULT_WAITING', count: 1 },
      ],
    });
    expect(byTeam['logistics_desk']).toMatchObject({ count: 1, oldestWaitingSince: '2026-01-04T12:00:00.000Z' });
    expect(byTeam['billing']).toMatchObject({ count: 0, oldestWaitingSince: null });
    expect(data!.unattendedSummary[0]?.team.code).toBe('customer_care');
    expect(data!.unattendedSummary.map((row) => row.team.code)).toEqual(
      expect.arrayContaining(['triage', 'returns', 'product_support']),
    );
  });
});
