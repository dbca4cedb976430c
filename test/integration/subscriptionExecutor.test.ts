import { join } from 'node:path';
import type { FormattedExecutionResult } from 'graphql';
import { DEV_SUBJECTS, ROLE_SCOPES } from '../../gateway/auth';
import { createGateway } from '../../gateway/createGateway';
import type { Gateway } from '../../gateway/createGateway';
import { loadSupergraph } from '../../gateway/supergraph';
import type { PreparedSubscription, SubscriptionRefusal } from '../../gateway/subscriptions/subscriptionExecutor';
import type { Caller } from '../../platform/caller';
import { SCENARIO } from '../../stack/seed/scenarioIds';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';
import { authHeader } from '../support/tokens';

const SUPERGRAPH_PATH = join(__dirname, '..', '..', 'schema', 'supergraph.graphql');
const MARIA = SCENARIO.maria;

const callerOf = (role: 'agent' | 'supervisor' | 'analyst'): Caller => ({
  userId: DEV_SUBJECTS[role].sub,
  role,
  team: DEV_SUBJECTS[role].team,
  scopes: ROLE_SCOPES[role],
});
const SUPERVISOR = callerOf('supervisor');
const ANALYST = callerOf('analyst');

/** The customer as a subscriber of customerChanged selects it: crm, orders, logistics, tickets and the timeline. */
const CUSTOMER_SELECTION = /* GraphQL */ `
  id
  name
  email
  tier
  orders(first: 2) {
    edges {
      node {
        number
        status
        shipments {
          trackingNumber
          status
        }
      }
    }
  }
  tickets(first: 2) {
    edges {
      node {
        number
        subject
        status
      }
    }
  }
  timeline(first: 3) {
    totalCount
    edges {
      node {
        system
        kind
        occurredAt
      }
    }
  }
`;

const CUSTOMER_CHANGED = /* GraphQL */ `
  subscription CustomerChanged($id: ID!) {
    update: customerChanged(id: $id) {
      eventId
      resync
      changes {
        id
        system
        kind
        changedAt
        ticket {
          number
          subject
        }
        order {
          number
        }
        shipment {
          trackingNumber
        }
      }
      customer {
        ${CUSTOMER_SELECTION}
      }
    }
  }
`;

/** One emission of customerChanged for Maria, in the live subgraph's terms: her ticket was opened. */
const MARIA_EMISSION = {
  eventId: '1793534400000-0',
  resync: false,
  changes: [
    {
      id: '1793534400000-0',
      system: 'TICKETS',
      kind: 'TICKET_OPENED',
      changedAt: '2026-11-01T12:00:00.000Z',
      ticket: { __typename: 'Ticket', id: MARIA.ticketId },
      order: { __typename: 'Order', id: MARIA.orderId },
      shipment: null,
    },
  ],
  customer: { __typename: 'Customer', id: MARIA.customerId },
};

function prepared(result: SubscriptionRefusal | PreparedSubscription): PreparedSubscription {
  if ('errors' in result) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result;
}

// The executor does not touch a database itself: one engine is enough, and PGlite needs no server.
describe('Subscriptions: prepared like a query, each emission resolved through the federated graph', () => {
  let stack: Stack;
  let gateway: Gateway;

  beforeAll(async () => {
    stack = await startStack('pglite');
    gateway = await createGateway({
      supergraph: loadSupergraph(SUPERGRAPH_PATH),
      subgraphUrls: stack.subgraphUrls,
      signingSecret: stack.signingSecret,
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await stack?.stop();
  });

  const prepare = (query: string, variables: Record<string, unknown>, caller: Caller | undefined = SUPERVISOR) =>
    gateway.subscriptions.prepare({ query, variables, caller });

  it('resolves customerChanged across crm, orders, logistics, tickets and the timeline as the same query would', async () => {
    const subscription = prepared(prepare(CUSTOMER_CHANGED, { id: MARIA.customerId }));
    expect(subscription).toMatchObject({
      field: 'customerChanged',
      args: { id: MARIA.customerId },
      responseKey: 'update',
    });

    const emission = await subscription.resolve(MARIA_EMISSION, { requestId: 'test-emission' });
    const query = await stack.query<{ customer: unknown; ticket: unknown; order: unknown }>(
      /* GraphQL */ `
        query Same($id: ID!, $ticket: ID!, $order: ID!) {
          customer(id: $id) {
            ${CUSTOMER_SELECTION}
          }
          ticket(id: $ticket) {
            number
            subject
          }
          order(id: $order) {
            number
          }
        }
      `,
      { id: MARIA.customerId, ticket: MARIA.ticketId, order: MARIA.orderId },
    );
    expect(query.body.errors).toBeUndefined();
    expect(emission.errors).toBeUndefined();
    expect(emission.data).toEqual({
      update: {
        eventId: MARIA_EMISSION.eventId,
        resync: false,
        changes: [
          {
            id: '1793534400000-0',
            system: 'TICKETS',
            kind: 'TICKET_OPENED',
            changedAt: '2026-11-01T12:00:00.000Z',
            ticket: query.body.data!.ticket,
            order: query.body.data!.order,
            shipment: null,
          },
        ],
        customer: query.body.data!.customer,
      },
    });
    // and it is Maria's real story, not two empty answers that happen to agree
    expect(emission.data).toMatchObject({
      update: { customer: { name: MARIA.name, email: MARIA.email, tickets: { edges: [expect.anything()] } } },
    });
  });

  it("masks PII in an analyst's emission, as the subgraphs do for the analyst's queries", async () => {
    const query = /* GraphQL */ `
      subscription ($id: ID!) {
        customerChanged(id: $id) {
          customer {
            name
            email
          }
        }
      }
    `;
    const forAnalyst = prepared(prepare(query, { id: MARIA.customerId }, ANALYST));
    const forSupervisor = prepared(prepare(query, { id: MARIA.customerId }));
    const seen = await forAnalyst.resolve(MARIA_EMISSION, { requestId: 'test-analyst' });
    expect(seen.errors).toBeUndefined();
    const customer = (seen.data as { customerChanged: { customer: { email: string } } }).customerChanged.customer;
    expect(customer.email).not.toBe(MARIA.email);
    expect(customer.email).toMatch(/\*/);
    // what an analyst sees may not be shared with a supervisor's subscription
    expect(forAnalyst.shareKey).not.toBe(forSupervisor.shareKey);
  });

  it('gives two subscriptions the same share key when only spacing, comments or callers of equal visibility differ', () => {
    const one = prepared(prepare(CUSTOMER_CHANGED, { id: MARIA.customerId }));
    const spaced = prepared(
      prepare(`# a comment\n${CUSTOMER_CHANGED.replace(/\n/g, '\n\n')}`, { id: MARIA.customerId }),
    );
    const agent = prepared(prepare(CUSTOMER_CHANGED, { id: MARIA.customerId }, callerOf('agent')));
    const other = prepared(prepare(CUSTOMER_CHANGED, { id: 'cus_2' }));
    expect(spaced.shareKey).toBe(one.shareKey);
    expect(agent.shareKey).toBe(one.shareKey);
    expect(other.shareKey).not.toBe(one.shareKey);
  });

  it('answers partial data and a coded error, without a URL, when a subgraph is down while an emission resolves', async () => {
    const down = await createGateway({
      supergraph: loadSupergraph(SUPERGRAPH_PATH),
      // nothing listens on port 9 (discard) of 127.0.0.1: orders is unreachable, the rest answers
      subgraphUrls: { ...stack.subgraphUrls, orders: 'http://127.0.0.1:9/graphql' },
      signingSecret: stack.signingSecret,
      resilience: { retries: 0 },
    });
    try {
      const subscription = prepared(
        down.subscriptions.prepare({
          query: /* GraphQL */ `
            subscription ($id: ID!) {
              customerChanged(id: $id) {
                eventId
                customer {
                  name
                  orders(first: 1) {
                    edges {
                      node {
                        number
                      }
                    }
                  }
                }
              }
            }
          `,
          variables: { id: MARIA.customerId },
          caller: SUPERVISOR,
        }),
      );
      const emission: FormattedExecutionResult = await subscription.resolve(MARIA_EMISSION, { requestId: 'test-down' });
      expect(emission.data).toEqual({
        customerChanged: { eventId: MARIA_EMISSION.eventId, customer: { name: MARIA.name, orders: null } },
      });
      expect(emission.errors).toHaveLength(1);
      expect(emission.errors![0]!.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE' });
      expect(emission.errors![0]!.message).toContain('orders');
      expect(JSON.stringify(emission.errors)).not.toMatch(/127\.0\.0\.1|http:|stack/);
    } finally {
      await down.stop();
    }
  });

  it('refuses a subscription over POST /graphql with 400 SUBSCRIPTION_TRANSPORT naming the transports', async () => {
    const response = await stack.query(CUSTOMER_CHANGED, { id: MARIA.customerId }, await authHeader('supervisor'));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^Subscriptions are served over Server-Sent Events at POST \/graphql\/stream \(Accept: text\/event-stream\) or WebSocket at \/graphql\/ws/,
        ),
        extensions: { code: 'SUBSCRIPTION_TRANSPORT' },
      }),
    ]);
  });

  it('keeps the live subgraph out of the readiness listing: the gateway serves it itself', () => {
    expect(Object.keys(gateway.readiness().subgraphs).sort()).toEqual([
      'crm',
      'inventory',
      'logistics',
      'orders',
      'tickets',
    ]);
  });
});
