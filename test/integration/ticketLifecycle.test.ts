import { ENGINES } from '../support/testDatabases';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';

const TICKET = `id number status reopenCount resolutionCode createdAt firstResponseDueAt firstRespondedAt slaDueAt
  team { code } assignee { id } handoffs { kind fromTeam { code } toTeam { code } reason }
  history { kind fromStatus toStatus team { code } actor details }`;

interface Ticket {
  id: string;
  number: string;
  status: string;
  reopenCount: number;
  resolutionCode: string | null;
  createdAt: string;
  firstResponseDueAt: string;
  firstRespondedAt: string | null;
  slaDueAt: string;
  team: { code: string };
  assignee: { id: string } | null;
  handoffs: { kind: string; toTeam: { code: string } }[];
  history: { kind: string; toStatus: string }[];
}

// The lifecycle through the real gateway over HTTP: every write is read back through the customer story.
describe.each(ENGINES)('Ticket lifecycle through the gateway on %s', (engine) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(engine);
  }, 120_000);
  afterAll(() => stack?.stop());

  async function run(field: string, args: string, variables: Record<string, unknown> = {}, defs = '') {
    const { status, body } = await stack.query<{ result: Ticket }>(
      `mutation ${defs} { result: ${field}(${args}) { ${TICKET} } }`,
      variables,
    );
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    return body.data!.result;
  }

  it('opens, answers, takes, consults, transfers, resolves and reopens a ticket, visible at once in the story', async () => {
    const opened = await run(
      'openTicket',
      'input: $input',
      {
        input: {
          customerId: 'cus_3',
          channel: 'PHONE',
          category: 'BILLING',
          priority: 'URGENT',
          subject: 'Charged for the espresso machine twice',
          body: 'I see two card payments.',
          orderId: 'ord_3',
          idempotencyKey: `lifecycle-${engine}-1`,
        },
      },
      '($input: OpenTicketInput!)',
    );
    // BILLING → billing by the routing rules; URGENT: first response in 60 minutes, resolution in 480
    expect(opened).toMatchObject({ status: 'NEW', team: { code: 'billing' } });
    const created = Date.parse(opened.createdAt);
    expect(Date.parse(opened.firstResponseDueAt) - created).toBe(60 * 60_000);
    expect(Date.parse(opened.slaDueAt) - created).toBe(480 * 60_000);

    const answered = await run(
      'addMessage',
      'input: { ticketId: $id, direction: OUTBOUND, channel: PHONE, body: "Looking at it now.", agentId: "agt_9" }',
      { id: opened.id },
      '($id: ID!)',
    );
    expect(answered).toMatchObject({ status: 'OPEN', firstRespondedAt: expect.any(String) });

    const taken = await run('assignTicket', 'ticketId: $id, agentId: "agt_9"', { id: opened.id }, '($id: ID!)');
    expect(taken.assignee).toEqual({ id: 'agt_9' });

    await run(
      'consultTeam',
      'ticketId: $id, team: "logistics_desk", question: "Did the parcel leave?", agentId: "agt_9"',
      { id: opened.id },
      '($id: ID!)',
    );
    const consulted = await run(
      'answerConsultation',
      'ticketId: $id, team: "logistics_desk", body: "No, nothing shipped.", agentId: "agt_5"',
      { id: opened.id },
      '($id: ID!)',
    );
    expect(consulted.team.code).toBe('billing');

    const moved = await run(
      'transferTicket',
      'ticketId: $id, toTeam: "customer_care", reason: "refund done, customer wants to cancel", agentId: "agt_9"',
      { id: opened.id },
      '($id: ID!)',
    );
    expect(moved).toMatchObject({ team: { code: 'customer_care' }, assignee: null });

    const resolved = await run(
      'resolveTicket',
      'ticketId: $id, resolutionCode: REFUNDED, agentId: "agt_1"',
      { id: opened.id },
      '($id: ID!)',
    );
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolutionCode: 'REFUNDED' });

    const replied = await run(
      'addMessage',
      'input: { ticketId: $id, direction: INBOUND, channel: EMAIL, body: "The second charge is still there!" }',
      { id: opened.id },
      '($id: ID!)',
    );
    expect(replied).toMatchObject({ status: 'OPEN', reopenCount: 1, resolutionCode: null });
    expect(replied.history.map((e) => e.kind)).toEqual([
      'OPENED',
      'MESSAGE_ADDED',
      'ASSIGNED',
      'CONSULTED',
      'CONSULT_ANSWERED',
      'TRANSFERRED',
      'RESOLVED',
      'REOPENED',
      'MESSAGE_ADDED',
    ]);

    // the next read of the customer story sees every write: the ticket list and the timeline
    const story = await stack.query<{
      customer: {
        tickets: { edges: { node: { id: string; status: string; team: { code: string } } }[] };
        timeline: { edges: { node: { summary: string; system: string } }[] };
      };
    }>(
      `{ customer(id: "cus_3") {
           tickets(first: 1) { edges { node { id status team { code } } } }
           timeline(first: 30) { edges { node { summary system } } } } }`,
    );
    expect(story.body.errors).toBeUndefined();
    expect(story.body.data!.customer.tickets.edges[0]!.node).toEqual({
      id: opened.id,
      status: 'OPEN',
      team: { code: 'customer_care' },
    });
    const summaries = story.body.data!.customer.timeline.edges.map((e) => e.node.summary).join('\n');
    expect(summaries).toContain(`Ticket ${opened.number} opened via phone`);
    expect(summaries).toContain(`Ticket ${opened.number} transferred from Billing to Customer care`);
    expect(summaries).toContain('The second charge is still there!');
  }, 60_000);

  it('lists the routing rules and SLA policies it applies', async () => {
    const { body } = await stack.query<{
      routingRules: { category: string; team: { code: string }; isFallback: boolean }[];
      slaPolicies: { priority: string; firstResponseMinutes: number; resolutionMinutes: number }[];
    }>(
      '{ routingRules { category team { code } isFallback } slaPolicies { priority firstResponseMinutes resolutionMinutes } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.routingRules).toContainEqual({ category: 'OTHER', team: { code: 'triage' }, isFallback: true });
    expect(body.data!.routingRules).toContainEqual({
      category: 'DELIVERY',
      team: { code: 'logistics_desk' },
      isFallback: false,
    });
    expect(body.data!.slaPolicies[0]).toEqual({ priority: 'URGENT', firstResponseMinutes: 60, resolutionMinutes: 480 });
  });

  it('answers a forbidden change with its code through the gateway', async () => {
    const { body } = await stack.query(
      'mutation { transferTicket(ticketId: "tkt_1", toTeam: "logistics_desk", reason: "x", agentId: "agt_5") { id } }',
    );
    expect(body.errors?.[0]?.extensions?.['code']).toBe('SAME_TEAM');
  });
});
