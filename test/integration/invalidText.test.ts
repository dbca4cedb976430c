import { callerHeaders, signRequest } from '../../platform/caller';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';
import { ENGINES } from '../support/testDatabases';

const NUL = 'Hallo\u0000Welt';
const LONE = 'broken \ud800 text';

/** An operation with one String variable `$v`, and the argument path the error must name. */
interface Case {
  name: string;
  query: string;
  variables: (v: string) => Record<string, unknown>;
  argument: string;
}

const ticketId = 'tkt_4';
const withV = (v: string) => ({ v });
const KEY = 'invalid-text-test-key';

// Every place the review found PostgreSQL answering "invalid byte sequence", and the other text arguments beside them.
const CASES: Case[] = [
  {
    name: 'customerByEmail',
    query: 'query ($v: String!) { customerByEmail(email: $v) { id } }',
    variables: withV,
    argument: '$v',
  },
  {
    name: 'customerByPhone',
    query: 'query ($v: String!) { customerByPhone(phone: $v) { id } }',
    variables: withV,
    argument: '$v',
  },
  { name: 'customer id', query: 'query ($v: ID!) { customer(id: $v) { id } }', variables: withV, argument: '$v' },
  {
    name: 'customers cursor',
    query: 'query ($v: String) { customers(after: $v) { totalCount } }',
    variables: withV,
    argument: '$v',
  },
  {
    name: 'orders cursor',
    query: 'query ($v: String) { customer(id: "cus_1") { orders(after: $v) { totalCount } } }',
    variables: withV,
    argument: '$v',
  },
  {
    name: 'tickets cursor',
    query: 'query ($v: String) { customer(id: "cus_1") { tickets(after: $v) { totalCount } } }',
    variables: withV,
    argument: '$v',
  },
  {
    name: 'timeline cursor',
    query: 'query ($v: String) { customer(id: "cus_1") { timeline(after: $v) { edges { cursor } } } }',
    variables: withV,
    argument: '$v',
  },
  {
    name: 'messages cursor',
    query: `query ($v: String) { ticket(id: "${ticketId}") { messages(after: $v) { totalCount } } }`,
    variables: withV,
    argument: '$v',
  },
  {
    name: 'unattendedTickets cursor',
    query: 'query ($v: String) { unattendedTickets(after: $v) { totalCount } }',
    variables: withV,
    argument: '$v',
  },
  {
    name: 'openTicket subject',
    query: 'mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id } }',
    variables: (v) => ({
      input: {
        customerId: 'cus_1',
        channel: 'EMAIL',
        category: 'BILLING',
        subject: v,
        body: 'Please help.',
        idempotencyKey: KEY,
      },
    }),
    argument: '$input.subject',
  },
  {
    name: 'openTicket body',
    query: 'mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id } }',
    variables: (v) => ({
      input: {
        customerId: 'cus_1',
        channel: 'EMAIL',
        category: 'BILLING',
        subject: 'Invoice',
        body: v,
        idempotencyKey: KEY,
      },
    }),
    argument: '$input.body',
  },
  {
    name: 'addMessage body',
    query: 'mutation ($input: AddMessageInput!) { addMessage(input: $input) { id } }',
    variables: (v) => ({ input: { ticketId, direction: 'INBOUND', channel: 'EMAIL', body: v } }),
    argument: '$input.body',
  },
  {
    name: 'transferTicket reason',
    query: `mutation ($v: String!) { transferTicket(ticketId: "${ticketId}", toTeam: "logistics_desk", reason: $v, agentId: "agt_1") { id } }`,
    variables: withV,
    argument: '$v',
  },
  {
    name: 'consultTeam question',
    query: `mutation ($v: String!) { consultTeam(ticketId: "${ticketId}", team: "logistics_desk", question: $v, agentId: "agt_1") { id } }`,
    variables: withV,
    argument: '$v',
  },
  {
    name: 'answerConsultation body',
    query: `mutation ($v: String!) { answerConsultation(ticketId: "${ticketId}", team: "logistics_desk", body: $v, agentId: "agt_5") { id } }`,
    variables: withV,
    argument: '$v',
  },
  {
    name: 'reopenTicket reason',
    query: `mutation ($v: String!) { reopenTicket(ticketId: "${ticketId}", reason: $v) { id } }`,
    variables: withV,
    argument: '$v',
  },
  {
    name: 'recordShipmentEvent description',
    query: 'mutation ($input: RecordShipmentEventInput!) { recordShipmentEvent(input: $input) { id } }',
    variables: (v) => ({ input: { trackingNumber: 'DHL00012345678', status: 'IN_TRANSIT', description: v } }),
    argument: '$input.description',
  },
  {
    name: 'recordShipmentEvent location',
    query: 'mutation ($input: RecordShipmentEventInput!) { recordShipmentEvent(input: $input) { id } }',
    variables: (v) => ({
      input: { trackingNumber: 'DHL00012345678', status: 'IN_TRANSIT', description: 'Scanned', location: v },
    }),
    argument: '$input.location',
  },
];

const TABLES = [
  'tickets.tickets',
  'tickets.messages',
  'tickets.handoffs',
  'tickets.ticket_events',
  'logistics.tracking_events',
  'logistics.shipments',
];

describe.each(ENGINES)('Text no database can store, through the gateway on %s', (engine) => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack(engine);
  }, 180_000);
  afterAll(() => stack?.stop());

  const rows = async () => {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const db = table.startsWith('tickets.') ? stack.dbs.tickets : stack.dbs.logistics;
      counts[table] =
        (await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table}`))[0]?.count ?? -1;
    }
    return counts;
  };

  const expectRefused = (
    answer: Awaited<ReturnType<Stack['query']>>,
    argument: string,
    problem: 'NUL' | 'LONE_SURROGATE',
  ) => {
    expect(answer.status).toBe(400);
    expect(answer.body.data ?? undefined).toBeUndefined();
    expect(answer.body.errors).toEqual([
      {
        message: expect.stringMatching(
          problem === 'NUL' ? /NUL character \(U\+0000\).*Remove it/ : /unpaired UTF-16 surrogate \(U\+D800\)/,
        ),
        extensions: { code: 'BAD_USER_INPUT', argumentName: argument, problem },
      },
    ]);
  };

  it.each(CASES.map((c) => [c.name, c] as const))(
    'refuses a NUL byte in %s with 400 BAD_USER_INPUT naming the argument, before any subgraph is asked',
    async (_name, { query, variables, argument }) => {
      const before = await rows();
      stack.resetStatements();
      expectRefused(await stack.query(query, variables(NUL)), argument, 'NUL');
      expect(stack.statements()).toBe(0);
      expect(await rows()).toEqual(before);
    },
  );

  it.each(CASES.map((c) => [c.name, c] as const))(
    'refuses an unpaired surrogate in %s the same way',
    async (_name, { query, variables, argument }) => {
      stack.resetStatements();
      expectRefused(await stack.query(query, variables(LONE)), argument, 'LONE_SURROGATE');
      expect(stack.statements()).toBe(0);
    },
  );

  it('refuses a NUL written into the document as a string literal, naming field, argument and input field', async () => {
    const before = await rows();
    stack.resetStatements();
    const answer = await stack.query(
      `mutation { addMessage(input: { ticketId: "${ticketId}", direction: INBOUND, channel: EMAIL, body: "a\\u0000b" }) { id } }`,
    );
    expectRefused(answer, 'addMessage.input.body', 'NUL');
    expect(stack.statements()).toBe(0);
    expect(await rows()).toEqual(before);
  });

  it('takes well-formed text with emoji, tabs and newlines as before', async () => {
    const answer = await stack.query<{ addMessage: { id: string } }>(
      'mutation ($input: AddMessageInput!) { addMessage(input: $input) { id } }',
      { input: { ticketId, direction: 'INBOUND', channel: 'EMAIL', body: 'Danke 😀\tund\nGrüße' } },
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
  });

  it('refuses a NUL in a signed request straight to the tickets subgraph, which skipped the gateway', async () => {
    const before = await rows();
    const headers = callerHeaders({ userId: 'sup_1', role: 'supervisor', scopes: ['graph:read', 'tickets:write'] });
    const body = JSON.stringify({
      query: 'mutation ($input: AddMessageInput!) { addMessage(input: $input) { id } }',
      variables: { input: { ticketId, direction: 'INBOUND', channel: 'EMAIL', body: NUL } },
    });
    const response = await fetch(stack.subgraphUrls.tickets, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...headers,
        ...signRequest(stack.signingSecret, { subgraph: 'tickets', headers, body }),
      },
      body,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^Variable \$input\.body contains a NUL character/),
          extensions: { code: 'BAD_USER_INPUT', argumentName: '$input.body', problem: 'NUL' },
        },
      ],
    });
    expect(await rows()).toEqual(before);
  });
});
