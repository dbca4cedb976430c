import { ENGINES } from '../support/testDatabases';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';

const STORY = /* GraphQL */ `
  query Story($id: ID!) {
    customer(id: $id) {
      id
      name
      email
      phone
      tier
      preferredChannel
      createdAt
      addresses {
        label
        city
        country
        isDefault
      }
      notes(first: 5) {
        totalCount
        edges {
          node {
            author
            body
            createdAt
          }
        }
      }
      orderCount
      lifetimeValue {
        amount
        minorUnits
        currency
      }
      orders(first: 10) {
        totalCount
        edges {
          node {
            number
            status
            placedAt
            currency
            total {
              amount
              minorUnits
              currency
            }
            lines {
              quantity
              unitPrice {
                amount
              }
              product {
                sku
                name
                available
                outOfStock
                nextRestockAt
                stock {
                  warehouse {
                    code
                  }
                  onHand
                  reserved
                  available
                }
              }
            }
            payments {
              method
              status
              amount {
                minorUnits
              }
            }
            refunds {
              amount {
                minorUnits
              }
              reason
            }
            shipments {
              trackingNumber
              carrier
              status
              estimatedDeliveryAt
              deliveredAt
              events {
                occurredAt
                status
                location
                description
              }
            }
          }
        }
      }
      tickets(first: 10) {
        totalCount
        edges {
          node {
            number
            subject
            category
            channel
            priority
            status
            team {
              code
              name
            }
            assignee {
              name
            }
            slaDueAt
            slaBreached
            order {
              id
            }
            shipment {
              id
              trackingNumber
            }
            messages(first: 50) {
              totalCount
              edges {
                node {
                  channel
                  direction
                  author
                  consultedTeam {
                    code
                  }
                  body
                  sentAt
                }
              }
            }
            handoffs {
              kind
              fromTeam {
                code
              }
              toTeam {
                code
              }
              reason
              at
            }
          }
        }
      }
      timeline(first: 100) {
        totalCount
        edges {
          node {
            occurredAt
            system
            kind
            summary
          }
        }
      }
    }
  }
`;

interface StoryData {
  customer: {
    name: string;
    createdAt: string;
    orders: {
      edges: {
        node: {
          total: { amount: string };
          placedAt: string;
          lines: { product: { name: string; stock: unknown[] } }[];
          shipments: { status: string; events: unknown[] }[];
        };
      }[];
    };
    tickets: {
      edges: {
        node: {
          channel: string;
          team: { code: string };
          messages: { edges: { node: { channel: string | null; consultedTeam: { code: string } | null } }[] };
          handoffs: { kind: string; toTeam: { code: string } }[];
        };
      }[];
    };
    timeline: { totalCount: number; edges: { node: { system: string; occurredAt: string } }[] };
  };
}

describe.each(ENGINES)('The customer story through the gateway on %s', (engine) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(engine);
  });
  afterAll(() => stack?.stop());

  it('returns every part of the lost-parcel story in one query, each part from the subgraph that owns it', async () => {
    stack.resetStatements();
    const { status, body } = await stack.query<StoryData>(STORY, { id: 'cus_1' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const customer = body.data!.customer;
    expect(customer.name).toBe('Maria Keller');
    expect(customer.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const orders = customer.orders.edges.map((e) => e.node);
    expect(orders.length).toBeGreaterThan(0);
    expect(orders[0]!.total.amount).toMatch(/^\d+\.\d\d$/);
    expect(orders.flatMap((o) => o.lines).every((l) => l.product.name && Array.isArray(l.product.stock))).toBe(true);
    const shipments = orders.flatMap((o) => o.shipments);
    expect(shipments.map((s) => s.status)).toContain('LOST');
    const ticket = customer.tickets.edges.map((e) => e.node).find((t) => t.handoffs.some((h) => h.kind === 'TRANSFER'));
    expect(ticket).toBeDefined();
    expect(ticket!.channel).toBe('CHAT');
    const channels = new Set(ticket!.messages.edges.map((e) => e.node.channel).filter(Boolean));
    expect([...channels].sort()).toEqual(expect.arrayContaining(['CHAT', 'EMAIL', 'PHONE']));
    expect(ticket!.team.code).toBe(ticket!.handoffs.filter((h) => h.kind === 'TRANSFER').at(-1)!.toTeam.code);
    const systems = new Set(customer.timeline.edges.map((e) => e.node.system));
    expect([...systems].sort()).toEqual(['CRM', 'LOGISTICS', 'ORDERS', 'TICKETS']);
    // every one of the five subgraphs' databases was read for this one query
    for (const name of ['crm', 'orders', 'inventory', 'logistics', 'tickets'] as const) {
      expect(stack.statementsOf(name)).toBeGreaterThan(0);
    }
  });

  it('shows a billing consultation inside the same ticket, the owner unchanged', async () => {
    const { body } = await stack.query<StoryData>(STORY, { id: 'cus_2' });
    expect(body.errors).toBeUndefined();
    const tickets = body.data!.customer.tickets.edges.map((e) => e.node);
    const consulted = tickets.find((t) => t.handoffs.some((h) => h.kind === 'CONSULT' && h.toTeam.code === 'billing'));
    expect(consulted).toBeDefined();
    expect(consulted!.team.code).not.toBe('billing');
    expect(consulted!.messages.edges.some((e) => e.node.consultedTeam?.code === 'billing')).toBe(true);
  });

  it('shows an order waiting on a product that is out of stock everywhere, with its restock date', async () => {
    const { body } = await stack.query<{
      customer: {
        orders: {
          edges: {
            node: {
              status: string;
              shipments: unknown[];
              lines: {
                product: { outOfStock: boolean; nextRestockAt: string | null; stock: { available: number }[] };
              }[];
            };
          }[];
        };
      };
    }>(STORY, { id: 'cus_3' });
    expect(body.errors).toBeUndefined();
    const waiting = body
      .data!.customer.orders.edges.map((e) => e.node)
      .find((o) => o.lines.some((l) => l.product.outOfStock));
    expect(waiting).toBeDefined();
    expect(waiting!.shipments).toEqual([]);
    const product = waiting!.lines.find((l) => l.product.outOfStock)!.product;
    expect(product.stock.every((s) => s.available === 0)).toBe(true);
    expect(new Date(product.nextRestockAt!).getTime()).toBeGreaterThan(0);
  });
});
