import { ordersModule } from '../../../subgraphs/orders/module';
import { ENGINES } from '../../support/testDatabases';
import { useSubgraphServer } from '../../support/subgraphHarness';
import { insertOrderFixtures } from './fixtures';

const ORDER_FIELDS = /* GraphQL */ `
  #graphql
  fragment OrderFields on Order {
    id
    number
    status
    placedAt
    currency
    total {
      amount
      minorUnits
      currency
    }
    customer {
      id
    }
    lines {
      id
      product {
        sku
      }
      quantity
      unitPrice {
        amount
      }
      lineTotal {
        amount
        minorUnits
        currency
      }
    }
    payments {
      id
      method
      status
      amount {
        amount
      }
      createdAt
    }
    refunds {
      id
      amount {
        amount
      }
      reason
      createdAt
    }
  }
`;

const ORDER = /* GraphQL */ `
  #graphql
  query Order($id: ID!) {
    order(id: $id) {
      ...OrderFields
    }
  }
  ${ORDER_FIELDS}
`;

const ORDER_BY_NUMBER = /* GraphQL */ `
  #graphql
  query OrderByNumber($number: String!) {
    orderByNumber(number: $number) {
      id
      number
    }
  }
`;

const ORDER_ENTITIES = /* GraphQL */ `
  #graphql
  query OrderEntities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Order {
        id
        number
        total {
          amount
        }
      }
    }
  }
`;

describe.each(ENGINES)('orders subgraph on %s', (engine) => {
  const { db, run } = useSubgraphServer(engine, ordersModule, { insertFixtures: insertOrderFixtures });

  describe('Query.order', () => {
    it('returns the order with money in its currency, lines by position, payments and refunds by time', async () => {
      const { data, errors } = await run(ORDER, { id: 'ord_1' });
      expect(errors).toBeUndefined();
      expect(data).toEqual({
        order: {
          id: 'ord_1',
          number: 'ORD-100001',
          status: 'DELIVERED',
          placedAt: '2026-03-01T10:00:00.000Z',
          currency: 'EUR',
          total: { amount: '129.90', minorUnits: 12990, currency: 'EUR' },
          customer: { id: 'cus_1' },
          lines: [
            {
              id: 'lin_1',
              product: { sku: 'SKU-0001' },
              quantity: 1,
              unitPrice: { amount: '99.90' },
              lineTotal: { amount: '99.90', minorUnits: 9990, currency: 'EUR' },
            },
            {
              id: 'lin_2',
              product: { sku: 'SKU-0002' },
              quantity: 2,
              unitPrice: { amount: '15.00' },
              lineTotal: { amount: '30.00', minorUnits: 3000, currency: 'EUR' },
            },
          ],
          payments: [
            {
              id: 'pay_1',
              method: 'CARD',
              status: 'CAPTURED',
              amount: { amount: '129.90' },
              createdAt: '2026-03-01T10:05:00.000Z',
            },
          ],
          refunds: [
            { id: 'ref_1', amount: { amount: '20.00' }, reason: 'Damaged box', createdAt: '2026-03-06T12:00:00.000Z' },
          ],
        },
      });
    });

    it('orders payments by when they were taken', async () => {
      const { data } = await run(ORDER, { id: 'ord_3' });
      const order = data?.['order'] as { payments: { id: string; status: string }[]; total: { currency: string } };
      expect(order.payments.map((payment) => [payment.id, payment.status])).toEqual([
        ['pay_4', 'FAILED'],
        ['pay_3', 'AUTHORIZED'],
      ]);
      expect(order.total.currency).toBe('CHF');
    });

    it('rejects a malformed id with INVALID_IDENTIFIER before any SQL runs', async () => {
      const before = db().stats.statements;
      const { errors } = await run(ORDER, { id: 'ORD-100001' });
      expect(db().stats.statements).toBe(before);
      expect(errors?.[0]?.extensions?.['code']).toBe('INVALID_IDENTIFIER');
      expect(errors?.[0]?.message).toBe('"ORD-100001" is not a valid id: expected ord_<number>, e.g. ord_1.');
    });

    it('fails with NOT_FOUND for a well-formed id no order has', async () => {
      const { data, errors } = await run(ORDER, { id: 'ord_999' });
      expect(data).toEqual({ order: null });
      expect(errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect(errors?.[0]?.message).toBe('No order has id "ord_999". Check the value, or search by another identifier.');
    });
  });

  describe('Query.orderByNumber', () => {
    it('finds the order by its customer-facing number, forgiving case and spaces', async () => {
      expect((await run(ORDER_BY_NUMBER, { number: 'ORD-100002' })).data).toEqual({
        orderByNumber: { id: 'ord_2', number: 'ORD-100002' },
      });
      expect((await run(ORDER_BY_NUMBER, { number: ' ord-100002 ' })).data).toEqual({
        orderByNumber: { id: 'ord_2', number: 'ORD-100002' },
      });
    });

    it('fails with INVALID_IDENTIFIER for a malformed number and NOT_FOUND for an unknown one', async () => {
      const invalid = await run(ORDER_BY_NUMBER, { number: 'ord_2' });
      expect(invalid.errors?.[0]?.extensions?.['code']).toBe('INVALID_IDENTIFIER');
      expect(invalid.errors?.[0]?.message).toBe(
        '"ORD_2" is not a valid number: expected ORD-<6 to 12 digits>, e.g. ORD-100001.',
      );
      const missing = await run(ORDER_BY_NUMBER, { number: 'ORD-999999' });
      expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect(missing.errors?.[0]?.message).toContain('No order has number "ORD-999999"');
    });
  });

  describe('Order _entities', () => {
    it('resolves orders by either key, id or number', async () => {
      const { data, errors } = await run(ORDER_ENTITIES, {
        representations: [
          { __typename: 'Order', id: 'ord_2' },
          { __typename: 'Order', number: 'ORD-100001' },
        ],
      });
      expect(errors).toBeUndefined();
      expect(data).toEqual({
        _entities: [
          { id: 'ord_2', number: 'ORD-100002', total: { amount: '50.00' } },
          { id: 'ord_1', number: 'ORD-100001', total: { amount: '129.90' } },
        ],
      });
    });

    it('reads many references with one statement per key', async () => {
      const before = db().stats.statements;
      const representations = ['ord_1', 'ord_2', 'ord_3'].flatMap((id, index) => [
        { __typename: 'Order', id },
        { __typename: 'Order', number: `ORD-10000${index + 1}` },
      ]);
      const { errors } = await run(ORDER_ENTITIES, { representations });
      expect(errors).toBeUndefined();
      expect(db().stats.statements - before).toBeLessThanOrEqual(2);
    });

    it('fails with NOT_FOUND and INVALID_IDENTIFIER per reference', async () => {
      const { errors } = await run(ORDER_ENTITIES, {
        representations: [
          { __typename: 'Order', id: 'ord_404' },
          { __typename: 'Order', number: 'nope' },
        ],
      });
      expect(errors?.map((error) => error.extensions?.['code']).sort()).toEqual(['INVALID_IDENTIFIER', 'NOT_FOUND']);
    });
  });
});
