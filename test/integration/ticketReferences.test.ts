import { loadSavedOperation } from '../../gateway/playground/savedOperations';
import { ENGINES } from '../support/testDatabases';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';

const { query: UNATTENDED, variables } = loadSavedOperation('unattendedTickets');
const UNATTENDED_VARIABLES = JSON.parse(variables ?? '{}') as Record<string, unknown>;
const OPEN = `mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id } }`;
const GHOST = 'cus_999998';

interface Unattended {
  unattendedSummary: { team: { code: string }; count: number }[];
  unattendedTickets: {
    totalCount: number;
    edges: { node: { ticket: { number: string; customer: { id: string; name: string } | null } } }[];
  };
}

describe.each(ENGINES)('Tickets about customers crm does not know, through the gateway on %s', (engine) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(engine, { customers: 10 });
  }, 120_000);
  afterAll(() => stack?.stop());

  async function ticketsOf(customerId: string): Promise<number> {
    const [row] = await stack.dbs.tickets.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM tickets.tickets WHERE customer_id = $1',
      [customerId],
    );
    return row!.count;
  }

  it('openTicket refuses a customer that does not exist, and writes no ticket', async () => {
    const { status, body } = await stack.query(OPEN, {
      input: {
        customerId: GHOST,
        channel: 'WEB_FORM',
        category: 'RETURN',
        subject: 'Return',
        body: 'I want to send it back.',
        idempotencyKey: `ghost-${engine}-0001`,
      },
    });
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]).toMatchObject({
      message: `No customer has customerId "${GHOST}". Check the value, or search by another identifier.`,
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await ticketsOf(GHOST)).toBe(0);
  });

  it("the saved unattendedTickets operation keeps its lists when one ticket's customer cannot be resolved", async () => {
    // a sibling in the returns queue, for a customer crm knows
    const sibling = await stack.query(OPEN, {
      input: {
        customerId: 'cus_2',
        channel: 'EMAIL',
        category: 'RETURN',
        subject: 'Return label',
        body: 'Please send me a return label.',
        idempotencyKey: `sibling-${engine}-0001`,
      },
    });
    expect(sibling.body.errors).toBeUndefined();
    // written behind openTicket's back (as before it checked), the oldest in the returns queue
    await stack.dbs.tickets.query(
      `INSERT INTO tickets.tickets (id, number, customer_id, subject, category, channel, priority, status, team_code,
              created_at, first_response_due_at, sla_due_at)
       VALUES ('tkt_999998', 'T-999998', $1, 'Return', 'RETURN', 'WEB_FORM', 'NORMAL', 'NEW', 'returns',
              '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', '2026-01-04T00:00:00Z')`,
      [GHOST],
    );
    const { status, body } = await stack.query<Unattended>(UNATTENDED, { ...UNATTENDED_VARIABLES, team: 'returns' });
    expect(status).toBe(200);
    expect(body.data?.unattendedSummary.length).toBeGreaterThan(0);
    const edges = body.data?.unattendedTickets.edges ?? [];
    const index = edges.findIndex((edge) => edge.node.ticket.number === 'T-999998');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(edges[index]?.node.ticket.customer).toBeNull();
    expect(edges.length).toBeGreaterThan(1);
    for (const [i, edge] of edges.entries())
      if (i !== index) expect(edge.node.ticket.customer?.name).toEqual(expect.any(String));
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: ['unattendedTickets', 'edges', index, 'node', 'ticket', 'customer'],
        extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
      }),
    ]);
  });
});
