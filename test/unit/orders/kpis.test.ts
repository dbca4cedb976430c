import { ordersModule } from '../../../subgraphs/orders/module';
import { ENGINES } from '../../support/testDatabases';
import { useSubgraphServer } from '../../support/subgraphHarness';
import { insertOrderFixtures } from './fixtures';

// What the gateway sends orders for TicketKpis.complaintsByProduct: the key plus tickets' complaints per order.
const BY_PRODUCT = /* GraphQL */ `
  #graphql
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on TicketKpis {
        complaintsByProduct {
          product {
            sku
          }
          tickets
        }
      }
    }
  }
`;

const kpis = (complaintsByOrder: { orderId: string; tickets: number }[], id = 'kpi') => ({
  __typename: 'TicketKpis',
  id,
  complaintsByOrder,
});

describe.each(ENGINES)('orders: complaints per product on %s', (engine) => {
  const { db, run } = useSubgraphServer(engine, ordersModule, {
    insertFixtures: async (db) => {
      // ord_1: SKU-0001 and SKU-0002 · ord_2: SKU-0003 · ord_3: SKU-0004; plus ord_4 with SKU-0002 on two lines
      await insertOrderFixtures(db);
      await db.exec(`
        INSERT INTO orders.orders (id, number, customer_id, status, currency, total_minor, placed_at) VALUES
          ('ord_4', 'ORD-100004', 'cus_2', 'PAID', 'EUR', 3000, '2026-03-05T10:00:00Z');
        INSERT INTO orders.order_lines (id, order_id, position, sku, quantity, unit_price_minor) VALUES
          ('lin_5', 'ord_4', 1, 'SKU-0002', 1, 1500), ('lin_6', 'ord_4', 2, 'SKU-0002', 1, 1500);
      `);
    },
  });

  it('counts a complaint once for every distinct product of its order, most complained about first', async () => {
    const { data, errors } = await run(BY_PRODUCT, {
      representations: [
        kpis([
          { orderId: 'ord_1', tickets: 2 },
          { orderId: 'ord_4', tickets: 3 },
          { orderId: 'ord_3', tickets: 1 },
          { orderId: 'ord_999', tickets: 7 },
        ]),
      ],
    });
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      _entities: [
        {
          complaintsByProduct: [
            // ord_1 (2) + ord_4 (3, two lines of the same product count once)
            { product: { sku: 'SKU-0002' }, tickets: 5 },
            { product: { sku: 'SKU-0001' }, tickets: 2 },
            { product: { sku: 'SKU-0004' }, tickets: 1 },
            // ord_999 is not ours: nothing to attribute
          ],
        },
      ],
    });
  });

  it('answers no complaints with an empty list', async () => {
    const { data } = await run(BY_PRODUCT, { representations: [kpis([])] });
    expect(data).toEqual({ _entities: [{ complaintsByProduct: [] }] });
  });

  it('costs one statement per TicketKpis', async () => {
    const before = db().stats.statements;
    await run(BY_PRODUCT, {
      representations: [kpis([{ orderId: 'ord_1', tickets: 1 }]), kpis([{ orderId: 'ord_1', tickets: 1 }], 'same')],
    });
    // two entities with the same complaints share one read
    expect(db().stats.statements - before).toBe(1);
  });
});
