import { ENGINES } from '../support/testDatabases';
import { startStack, TEST_AS_OF } from '../support/stack';
import type { Stack } from '../support/stack';
import { readTicketRows, recomputeUnattended } from '../support/ticketRows';
import type { RawTicketData } from '../support/ticketRows';

interface Page {
  unattendedTickets: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: { node: { ticket: { id: string; team: { code: string } }; reasons: string[]; waitingSince: string } }[];
  };
}

const UNATTENDED = /* GraphQL */ `
  #graphql
  query Unattended($team: ID, $first: Int, $after: String, $due: Int, $consult: Int) {
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
            team {
              code
            }
          }
          reasons
          waitingSince
        }
      }
    }
  }
`;

const SUMMARY = /* GraphQL */ `
  #graphql
  query Summary {
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
`;

const REASONS = ['UNASSIGNED', 'NO_FIRST_RESPONSE', 'SLA_BREACHED', 'SLA_AT_RISK', 'CONSULT_WAITING'];

describe.each(ENGINES)('Unattended tickets through the gateway on %s', (engine) => {
  let stack: Stack;
  let raw: RawTicketData;
  beforeAll(async () => {
    stack = await startStack(engine, { now: TEST_AS_OF });
    raw = await readTicketRows(stack.dbs.tickets);
  });
  afterAll(() => stack?.stop());

  async function all(variables: Record<string, unknown> = {}) {
    const nodes: Page['unattendedTickets']['edges'][number]['node'][] = [];
    let after: string | null = null;
    let totalCount: number;
    for (;;) {
      const { body } = await stack.query<Page>(UNATTENDED, { ...variables, first: 7, after });
      expect(body.errors).toBeUndefined();
      const page: Page['unattendedTickets'] = body.data!.unattendedTickets;
      totalCount = page.totalCount;
      nodes.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { nodes, totalCount };
  }

  const shape = (nodes: Awaited<ReturnType<typeof all>>['nodes']) =>
    nodes.map((n) => ({ id: n.ticket.id, reasons: n.reasons, waitingSince: new Date(n.waitingSince).getTime() }));

  it('lists every open ticket with a reason, oldest first, exactly as recomputed from the rows', async () => {
    const { nodes, totalCount } = await all();
    const expected = recomputeUnattended(raw, TEST_AS_OF).map(({ id, reasons, waitingSince }) => ({
      id,
      reasons,
      waitingSince,
    }));
    expect(shape(nodes)).toEqual(expected);
    expect(totalCount).toBe(expected.length);
    const times = nodes.map((n) => new Date(n.waitingSince).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('finds each kind of unattended ticket in the seeded data', async () => {
    const { nodes } = await all();
    for (const reason of REASONS) expect(nodes.some((n) => n.reasons.includes(reason))).toBe(true);
    // and one that is only waiting for its first answer, with an agent on it
    expect(nodes.some((n) => n.reasons.join() === 'NO_FIRST_RESPONSE')).toBe(true);
  });

  it('keeps only the team asked for', async () => {
    for (const team of ['customer_care', 'logistics_desk', 'billing']) {
      const { nodes } = await all({ team });
      const expected = recomputeUnattended(raw, TEST_AS_OF).filter((row) => row.teamCode === team);
      expect(nodes.map((n) => n.ticket.id)).toEqual(expected.map((row) => row.id));
      expect(nodes.every((n) => n.ticket.team.code === team)).toBe(true);
    }
  });

  it('honours the windows: a wider at-risk window and a shorter consult threshold find more', async () => {
    const { nodes } = await all({ due: 24 * 60, consult: 1 });
    const expected = recomputeUnattended(raw, TEST_AS_OF, 24 * 60, 1);
    expect(shape(nodes)).toEqual(expected.map(({ id, reasons, waitingSince }) => ({ id, reasons, waitingSince })));
    expect(expected.length).toBeGreaterThanOrEqual(recomputeUnattended(raw, TEST_AS_OF).length);
  });

  it('summarizes per team with counts per reason that add up to the list', async () => {
    const { body } = await stack.query<{
      unattendedSummary: {
        team: { code: string };
        count: number;
        oldestWaitingSince: string | null;
        byReason: { reason: string; count: number }[];
      }[];
    }>(SUMMARY);
    expect(body.errors).toBeUndefined();
    const expected = recomputeUnattended(raw, TEST_AS_OF);
    const summary = body.data!.unattendedSummary;
    expect(summary.reduce((sum, row) => sum + row.count, 0)).toBe(expected.length);
    for (const row of summary) {
      const mine = expected.filter((e) => e.teamCode === row.team.code);
      expect(row.count).toBe(mine.length);
      expect(row.oldestWaitingSince && new Date(row.oldestWaitingSince).getTime()).toBe(
        mine.length ? Math.min(...mine.map((e) => e.waitingSince)) : null,
      );
      expect(row.byReason).toEqual(
        REASONS.map((reason) => ({ reason, count: mine.filter((e) => e.reasons.includes(reason)).length })),
      );
    }
  });

  it('rejects a malformed team and an out-of-range window with clear errors', async () => {
    const bad = await stack.query(UNATTENDED, { team: 'Billing!' });
    expect(bad.body.errors?.[0]?.extensions?.['code']).toBe('INVALID_IDENTIFIER');
    const zero = await stack.query(UNATTENDED, { due: 0 });
    expect(zero.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/dueWithinMinutes.*1 to 10080/),
    });
  });
});
