import { encodeCursor } from '../../../subgraphs/shared';
import { ordersModule } from '../../../subgraphs/orders/module';
import { ENGINES } from '../../support/testDatabases';
import { useSubgraphServer } from '../../support/subgraphHarness';
import { insertBulkOrders, insertOrderFixtures } from './fixtures';

const CUSTOMER_ORDERS = /* GraphQL */ `
  #graphql
  query CustomerOrders($representations: [_Any!]!, $first: Int, $after: String) {
    _entities(representations: $representations) {
      ... on Customer {
        id
        orderCount
        lifetimeValue {
          amount
          minorUnits
          currency
        }
        orders(first: $first, after: $after) {
          edges {
            cursor
            node {
              id
              status
            }
          }
          pageInfo {
            endCursor
            hasNextPage
          }
          totalCount
        }
      }
    }
  }
`;

const ACTIVITY = /* GraphQL */ `
  #graphql
  query Activity($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        orderActivity {
          id
          occurredAt
          kind
          summary
          orderId
          shipmentId
          ticketId
          channel
        }
      }
    }
  }
`;

// Everything an agent's customer view asks of orders, for every customer of a batch.
const DEEP = /* GraphQL */ `
  #graphql
  query Deep($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        orders(first: 100) {
          totalCount
          edges {
            node {
              number
              total {
                amount
              }
              lines {
                product {
                  sku
                }
                lineTotal {
                  amount
                }
              }
              payments {
                amount {
                  amount
                }
              }
              refunds {
                reason
              }
            }
          }
        }
      }
    }
  }
`;

const customer = (id: string) => ({ __typename: 'Customer', id });

interface CustomerResult {
  id: string;
  orderCount: number;
  lifetimeValue: { amount: string; minorUnits: number; currency: string }[];
  orders: {
    edges: { node: { id: string } }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    totalCount: number;
  };
}

describe.each(ENGINES)('orders Customer fields on %s', (engine) => {
  const { db, run } = useSubgraphServer(engine, ordersModule, { insertFixtures: insertOrderFixtures });
  const customerOrders = async (variables: Record<string, unknown>): Promise<CustomerResult[]> => {
    const { data, errors } = await run(CUSTOMER_ORDERS, variables);
    expect(errors).toBeUndefined();
    return data?.['_entities'] as CustomerResult[];
  };

  it('lists orders newest first, ties on placed_at broken by id, with count and lifetime value', async () => {
    const [maria, jonas] = await customerOrders({ representations: [customer('cus_1'), customer('cus_2')] });
    expect(maria?.orders.edges.map((edge) => edge.node.id)).toEqual(['ord_3', 'ord_2', 'ord_1']);
    expect(maria?.orders.totalCount).toBe(3);
    expect(maria?.orderCount).toBe(3);
    // EUR: 129.90 captured − 20.00 refunded on ord_1 (ord_2 is cancelled); CHF: nothing captured on ord_3
    expect(maria?.lifetimeValue).toEqual([
      { amount: '0.00', minorUnits: 0, currency: 'CHF' },
      { amount: '109.90', minorUnits: 10990, currency: 'EUR' },
    ]);
    expect(jonas).toEqual({
      id: 'cus_2',
      orderCount: 0,
      lifetimeValue: [],
      orders: { edges: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 },
    });
  });

  it('pages orders with first and after', async () => {
    const [page1] = await customerOrders({ representations: [customer('cus_1')], first: 2 });
    expect(page1?.orders.edges.map((edge) => edge.node.id)).toEqual(['ord_3', 'ord_2']);
    expect(page1?.orders.pageInfo.hasNextPage).toBe(true);
    const [page2] = await customerOrders({
      representations: [customer('cus_1')],
      first: 2,
      after: page1?.orders.pageInfo.endCursor,
    });
    expect(page2?.orders.edges.map((edge) => edge.node.id)).toEqual(['ord_1']);
    expect(page2?.orders.pageInfo.hasNextPage).toBe(false);
    expect(page2?.orders.totalCount).toBe(3);
  });

  it('rejects first above 100, a foreign cursor and a malformed customer id', async () => {
    const tooMany = await run(CUSTOMER_ORDERS, { representations: [customer('cus_1')], first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.['code']).toBe('PAGE_SIZE_TOO_LARGE');
    for (const after of ['%%%', encodeCursor(['yesterday', 'ord_1'])]) {
      const badCursor = await run(CUSTOMER_ORDERS, { representations: [customer('cus_1')], after });
      expect(badCursor.errors?.[0]?.extensions?.['code']).toBe('INVALID_CURSOR');
    }
    const badId = await run(CUSTOMER_ORDERS, { representations: [customer('1')] });
    expect(badId.errors?.[0]?.extensions?.['code']).toBe('INVALID_IDENTIFIER');
  });

  it('reports placed, paid, cancelled and refunded events with readable summaries, newest first', async () => {
    const { data, errors } = await run(ACTIVITY, { representations: [customer('cus_1'), customer('cus_2')] });
    expect(errors).toBeUndefined();
    const [maria, jonas] = data?.['_entities'] as {
      orderActivity: { id: string; occurredAt: string; kind: string; summary: string; orderId: string }[];
    }[];
    expect(maria?.orderActivity.map((event) => [event.id, event.kind, event.summary])).toEqual([
      ['orders:ref_1:refunded', 'ORDER_REFUNDED', 'Order ORD-100001 refunded: 20.00 EUR (Damaged box)'],
      ['orders:ref_2:refunded', 'ORDER_REFUNDED', 'Order ORD-100002 refunded: 50.00 EUR (Order cancelled)'],
      ['orders:ord_2:cancelled', 'ORDER_CANCELLED', 'Order ORD-100002 cancelled (50.00 EUR)'],
      ['orders:pay_2:paid', 'ORDER_PAID', 'Order ORD-100002 paid: 50.00 EUR by PayPal'],
      ['orders:ord_3:placed', 'ORDER_PLACED', 'Order ORD-100003 placed: 1 item, 25.00 CHF'],
      ['orders:ord_2:placed', 'ORDER_PLACED', 'Order ORD-100002 placed: 1 item, 50.00 EUR'],
      ['orders:pay_1:paid', 'ORDER_PAID', 'Order ORD-100001 paid: 129.90 EUR by card'],
      ['orders:ord_1:placed', 'ORDER_PLACED', 'Order ORD-100001 placed: 3 items, 129.90 EUR'],
    ]);
    expect(maria?.orderActivity[0]).toEqual({
      id: 'orders:ref_1:refunded',
      occurredAt: '2026-03-06T12:00:00.000Z',
      kind: 'ORDER_REFUNDED',
      summary: 'Order ORD-100001 refunded: 20.00 EUR (Damaged box)',
      orderId: 'ord_1',
      shipmentId: null,
      ticketId: null,
      channel: null,
    });
    expect(jonas?.orderActivity).toEqual([]);
  });

  it('reads orders, lines, payments and refunds of many customers in a constant number of statements', async () => {
    const few = await insertBulkOrders(db(), 101, 3, 2);
    const many = await insertBulkOrders(db(), 201, 3, 50);
    const cost = async (ids: string[], ordersEach: number) => {
      const before = db().stats.statements;
      const { data, errors } = await run(DEEP, { representations: ids.map(customer) });
      expect(errors).toBeUndefined();
      const customers = data?.['_entities'] as {
        orders: {
          totalCount: number;
          edges: { node: { lines: unknown[]; payments: unknown[]; refunds: unknown[] } }[];
        };
      }[];
      for (const { orders } of customers) {
        expect(orders.totalCount).toBe(ordersEach);
        expect(orders.edges).toHaveLength(ordersEach);
        expect(
          orders.edges.every(
            ({ node }) => node.lines.length === 2 && node.payments.length === 1 && node.refunds.length === 1,
          ),
        ).toBe(true);
      }
      return db().stats.statements - before;
    };
    const withTwo = await cost(few, 2);
    const withFifty = await cost(many, 50);
    expect(withFifty).toBe(withTwo);
    // order pages with their totals; lines, payments and refunds together
    expect(withTwo).toBe(2);
  });

  it('reads the activity of many customers in one statement', async () => {
    const before = db().stats.statements;
    const { errors } = await run(ACTIVITY, { representations: ['cus_1', 'cus_2', 'cus_201', 'cus_202'].map(customer) });
    expect(errors).toBeUndefined();
    expect(db().stats.statements - before).toBe(1);
  });
});
