import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import type { EntityCacheConfig } from '../../gateway/dataSources/cache';
import { loadSavedOperation } from '../../gateway/playground/savedOperations';
import { callerHeaders, signRequest } from '../../platform/caller';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';
import { authHeader } from '../support/tokens';

const STORY = loadSavedOperation('customerStory').query;
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

const TICKETS_OF = `#graphql
  query ticketsOf($id: ID!) {
    customer(id: $id) {
      id
      tickets(first: 10) { edges { node { id number status team { code } messages(first: 50) { totalCount } } } }
    }
  }
`;
const EMAIL_OF = `#graphql
  query emailOf($id: ID!) { customer(id: $id) { id email } }
`;
const TICKET_BY_NUMBER = `#graphql
  query ticketByNumber($number: String!) { ticketByNumber(number: $number) { id number status team { code } } }
`;

interface TicketNode {
  id: string;
  number: string;
  status: string;
  team: { code: string };
  messages: { totalCount: number };
}
interface TicketsOf {
  customer: { id: string; tickets: { edges: { node: TicketNode }[] } };
}

// Cached or not, every answer must be the one a fresh read gives: these tests count the SQL statements a read
// costs to tell a hit (none) from a miss, and check after every write that the change is visible at once.
// `memory+responses` runs the same reads with the response cache on top (gateway/responseCache): a kept response
// must drop exactly as the entries it was built from.
describe.each(['memory', 'memory+responses', 'redis'] as const)('Entity cache (%s) through the gateway', (variant) => {
  const mode = variant === 'redis' ? 'redis' : 'memory';
  let stack: Stack;
  const prefix = `c360:test:${randomUUID()}:`;
  let redis: Redis | undefined;

  beforeAll(async () => {
    const entityCache: EntityCacheConfig = {
      mode,
      maxEntries: 10_000,
      prefix,
      ...(mode === 'redis' ? { redisUrl: REDIS_URL } : {}),
      ...(variant === 'memory+responses' ? { responses: { maxEntries: 1_000, maxBytes: 16 * 1024 * 1024 } } : {}),
    };
    stack = await startStack('pglite', { customers: 10, gateway: { entityCache } });
    if (mode === 'redis') redis = new Redis(REDIS_URL);
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    if (redis) {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });

  /** Runs a read and returns its data and how many SQL statements each subgraph ran for it. */
  async function read<Data>(
    query: string,
    variables: Record<string, unknown>,
    role: 'supervisor' | 'agent' | 'analyst' = 'supervisor',
  ) {
    stack.resetStatements();
    const { status, body } = await stack.query<Data>(query, variables, await authHeader(role));
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    return {
      data: body.data!,
      sql: { crm: stack.statementsOf('crm'), tickets: stack.statementsOf('tickets'), all: stack.statements() },
    };
  }

  async function mutate(query: string, variables: Record<string, unknown>) {
    const { status, body } = await stack.query(query, variables);
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
  }

  it('serves a repeated customer story without a single SQL statement, and the same answer', async () => {
    const first = await read(STORY, { id: 'cus_4' });
    expect(first.sql.all).toBeGreaterThan(10);
    const second = await read(STORY, { id: 'cus_4' });
    expect(second.sql.all).toBe(0);
    expect(second.data).toEqual(first.data);
  });

  it('never gives an analyst the unmasked e-mail a supervisor filled the cache with, nor the other way round', async () => {
    const supervisor = await read<{ customer: { email: string } }>(EMAIL_OF, { id: 'cus_2' });
    expect(supervisor.data.customer.email).toBe('tom.becker@example.com');
    expect((await read(EMAIL_OF, { id: 'cus_2' })).sql.crm).toBe(0);
    const analyst = await read<{ customer: { email: string } }>(EMAIL_OF, { id: 'cus_2' }, 'analyst');
    expect(analyst.data.customer.email).toBe('t***@example.com');
    expect(analyst.sql.crm).toBeGreaterThan(0);

    const analystFirst = await read<{ customer: { email: string } }>(EMAIL_OF, { id: 'cus_5' }, 'analyst');
    expect(analystFirst.data.customer.email).toBe('l***@example.com');
    const supervisorAfter = await read<{ customer: { email: string } }>(EMAIL_OF, { id: 'cus_5' });
    expect(supervisorAfter.data.customer.email).toBe('lena.vogel@example.com');
    // an agent holds pii:read like the supervisor: the same entry
    const agent = await read<{ customer: { email: string } }>(EMAIL_OF, { id: 'cus_5' }, 'agent');
    expect({ email: agent.data.customer.email, sql: agent.sql.crm }).toEqual({
      email: 'lena.vogel@example.com',
      sql: 0,
    });
  });

  it('drops exactly the entities a ticket write changes: the change is visible at once, the rest stays cached', async () => {
    const fill = async () => {
      const maria = await read<TicketsOf>(TICKETS_OF, { id: 'cus_1' });
      const tom = await read<TicketsOf>(TICKETS_OF, { id: 'cus_2' });
      const byNumber = await read<{ ticketByNumber: { team: { code: string }; status: string } }>(TICKET_BY_NUMBER, {
        number: 'T-100001',
      });
      return { maria, tom, byNumber };
    };
    const ticketOf = (data: TicketsOf) => data.customer.tickets.edges.find(({ node }) => node.id === 'tkt_1')!.node;
    await fill();
    const warm = await fill();
    expect([warm.maria.sql.all, warm.tom.sql.all, warm.byNumber.sql.all]).toEqual([0, 0, 0]);
    const before = ticketOf(warm.maria.data);

    await mutate(
      `#graphql
      mutation ($input: AddMessageInput!) { addMessage(input: $input) { id } }`,
      {
        input: { ticketId: 'tkt_1', direction: 'INBOUND', channel: 'EMAIL', body: `Any news? ${variant}` },
      },
    );
    const afterMessage = await fill();
    expect(ticketOf(afterMessage.maria.data).messages.totalCount).toBe(before.messages.totalCount + 1);
    expect(afterMessage.maria.sql.tickets).toBeGreaterThan(0);
    expect(afterMessage.byNumber.sql.tickets).toBeGreaterThan(0);
    // Tom's tickets and Maria's profile do not show tkt_1's messages: still served from the cache
    expect(afterMessage.tom.sql.all).toBe(0);
    expect(afterMessage.maria.sql.crm).toBe(0);

    const targetTeam = before.team.code === 'billing' ? 'customer_care' : 'billing';
    await mutate(
      `#graphql
      mutation ($team: ID!) { transferTicket(ticketId: "tkt_1", toTeam: $team, reason: "cache test", agentId: "agt_6") { id } }`,
      { team: targetTeam },
    );
    const afterTransfer = await fill();
    expect(ticketOf(afterTransfer.maria.data).team.code).toBe(targetTeam);
    expect(afterTransfer.byNumber.data.ticketByNumber.team.code).toBe(targetTeam);
    expect(afterTransfer.tom.sql.all).toBe(0);

    await mutate(
      `#graphql
      mutation { resolveTicket(ticketId: "tkt_1", resolutionCode: ANSWERED, agentId: "agt_6") { id } }`,
      {},
    );
    const afterResolve = await fill();
    expect(ticketOf(afterResolve.maria.data).status).toBe('RESOLVED');
    expect(afterResolve.byNumber.data.ticketByNumber.status).toBe('RESOLVED');
    expect(afterResolve.tom.sql.all).toBe(0);
  });

  it('drops exactly the order a cancellation changes, and the customer figures it moves', async () => {
    interface OrderView {
      orderByNumber: { id: string; status: string };
      customer: { id: string; orderCount: number; orders: { edges: { node: { id: string; status: string } }[] } };
    }
    const ORDER_VIEW = `#graphql
      query orderView($number: String!, $customer: ID!) {
        orderByNumber(number: $number) { id number status }
        customer(id: $customer) { id name orderCount orders(first: 10) { edges { node { id number status } } } }
      }
    `;
    const view = (number: string, customer: string) => read<OrderView>(ORDER_VIEW, { number, customer });
    await view('ORD-100003', 'cus_3');
    await view('ORD-100002', 'cus_2');
    const before = await view('ORD-100003', 'cus_3');
    expect(before.sql.all).toBe(0);
    expect(['PENDING', 'PAID']).toContain(before.data.orderByNumber.status);

    await mutate(
      `#graphql
      mutation { cancelOrder(orderId: "ord_3") { id status } }`,
      {},
    );
    const after = await view('ORD-100003', 'cus_3');
    expect(after.data.orderByNumber.status).toBe('CANCELLED');
    expect(after.data.customer.orders.edges.find(({ node }) => node.id === 'ord_3')?.node.status).toBe('CANCELLED');
    // Aisha's profile comes from crm, which the cancellation did not touch; Tom's order is another entity
    expect(after.sql.crm).toBe(0);
    expect((await view('ORD-100002', 'cus_2')).sql.all).toBe(0);
  });

  it('drops exactly the shipment a tracking event changes, also where its order shows it', async () => {
    interface ShipmentView {
      shipmentByTrackingNumber: { status: string; events: { status: string }[] };
      orderByNumber: { shipments: { trackingNumber: string; status: string }[] };
    }
    const SHIPMENT_VIEW = `#graphql
      query shipmentView($tracking: String!, $order: String!) {
        shipmentByTrackingNumber(trackingNumber: $tracking) { id trackingNumber status events { status location } }
        orderByNumber(number: $order) { id number shipments { id trackingNumber status } }
      }
    `;
    const view = (tracking: string, order: string) => read<ShipmentView>(SHIPMENT_VIEW, { tracking, order });
    await view('DHL00012345678', 'ORD-100001');
    await view('DPD00087654321', 'ORD-100002');
    const before = await view('DHL00012345678', 'ORD-100001');
    expect(before.sql.all).toBe(0);

    await mutate(
      `#graphql
      mutation ($input: RecordShipmentEventInput!) { recordShipmentEvent(input: $input) { id status } }`,
      {
        input: {
          trackingNumber: 'DHL00012345678',
          status: 'IN_TRANSIT',
          location: 'Leipzig hub',
          description: 'Found',
        },
      },
    );
    const after = await view('DHL00012345678', 'ORD-100001');
    expect(after.data.shipmentByTrackingNumber.status).toBe('IN_TRANSIT');
    expect(after.data.shipmentByTrackingNumber.events).toHaveLength(
      before.data.shipmentByTrackingNumber.events.length + 1,
    );
    expect(after.data.orderByNumber.shipments[0]?.status).toBe('IN_TRANSIT');
    expect((await view('DPD00087654321', 'ORD-100002')).sql.all).toBe(0);
  });

  it('drops what a subgraph announces, also for a write that did not go through this gateway', async () => {
    const count = async () =>
      (
        await read<{ ticketByNumber: { messages: { totalCount: number } } }>(
          `#graphql
        query ($number: String!) { ticketByNumber(number: $number) { id messages(first: 1) { totalCount } } }`,
          { number: 'T-100004' },
        )
      ).data.ticketByNumber.messages.totalCount;
    const before = await count();
    expect((await count(), stack.statements())).toBe(0);

    // straight to the tickets subgraph, signed as the gateway would sign it
    const headers = callerHeaders({ userId: 'sup_1', role: 'supervisor', scopes: ['graph:read', 'tickets:write'] });
    const body = JSON.stringify({
      query:
        'mutation { addMessage(input: { ticketId: "tkt_4", direction: INBOUND, channel: EMAIL, body: "direct" }) { id } }',
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
    const answer = (await response.json()) as { errors?: unknown; extensions?: Record<string, unknown> };
    expect(answer.errors).toBeUndefined();
    expect(answer.extensions?.['c360Invalidated']).toEqual(
      expect.arrayContaining([
        'tickets/Ticket:id=tkt_4',
        'tickets/Ticket:number=T-100004',
        'tickets/Customer:id=cus_5',
      ]),
    );
    expect(await count()).toBe(before + 1);
  });

  it('counts hits, misses and invalidations in /metrics', async () => {
    const response = await fetch(stack.url.replace('/graphql', '/metrics'), { headers: await authHeader() });
    const text = await response.text();
    expect(text).toMatch(/c360_entity_cache_lookups_total\{subgraph="crm",result="hit"\} [1-9]/);
    expect(text).toMatch(/c360_entity_cache_lookups_total\{subgraph="tickets",result="miss"\} [1-9]/);
    expect(text).toMatch(/c360_entity_cache_invalidations_total\{source="response"\} [1-9]/);
  });
});
