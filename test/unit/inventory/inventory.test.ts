import type { Db } from '../../../subgraphs/shared';
import { inventoryModule } from '../../../subgraphs/inventory/module';
import { ENGINES } from '../../support/testDatabases';
import { useSubgraphServer } from '../../support/subgraphHarness';

const PRODUCT = /* GraphQL */ `
  #graphql
  query Product($sku: ID!) {
    product(sku: $sku) {
      sku
      name
      available
      outOfStock
      nextRestockAt
      stock {
        warehouse {
          code
          name
        }
        onHand
        reserved
        available
        nextRestockAt
      }
    }
  }
`;

const ENTITIES = /* GraphQL */ `
  #graphql
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Product {
        sku
        name
        available
        stock {
          warehouse {
            code
          }
          available
        }
      }
    }
  }
`;

async function insertFixtures(db: Db): Promise<void> {
  await db.exec(`
    INSERT INTO inventory.warehouses (code, name, city, country) VALUES
      ('MUC', 'Munich South', 'Munich', 'DE'),
      ('BER', 'Berlin Central', 'Berlin', 'DE'),
      ('HAM', 'Hamburg Port', 'Hamburg', 'DE'),
      ('LEJ', 'Leipzig Hub', 'Leipzig', 'DE');
    INSERT INTO inventory.products (sku, name, price_minor, currency) VALUES
      ('SKU-0001', 'Trail running shoe', 12990, 'EUR'),
      ('SKU-0002', 'Rain jacket', 8990, 'EUR'),
      ('SKU-0003', 'Gift card', 2500, 'EUR');
    INSERT INTO inventory.stock_levels (sku, warehouse_code, on_hand, reserved, next_restock_at) VALUES
      -- in stock in Berlin; Hamburg is empty and expects a delivery
      ('SKU-0001', 'HAM', 0, 0, '2026-12-05T08:00:00Z'),
      ('SKU-0001', 'BER', 10, 2, NULL),
      -- out of stock everywhere: Munich is over-reserved, Leipzig empty
      ('SKU-0002', 'MUC', 3, 5, '2026-12-01T08:00:00Z'),
      ('SKU-0002', 'LEJ', 0, 0, '2026-11-25T08:00:00Z');
    -- 50 more products, each stocked in two warehouses, for the batching test
    INSERT INTO inventory.products (sku, name, price_minor, currency)
      SELECT 'SKU-' || (1000 + n), 'Bulk item ' || n, 100, 'EUR' FROM generate_series(1, 50) AS n;
    INSERT INTO inventory.stock_levels (sku, warehouse_code, on_hand, reserved)
      SELECT 'SKU-' || (1000 + n), w, n, 0 FROM generate_series(1, 50) AS n, unnest(ARRAY['BER', 'HAM']) AS w;
  `);
}

describe.each(ENGINES)('inventory subgraph on %s', (engine) => {
  const { db, run } = useSubgraphServer(engine, inventoryModule, { insertFixtures });

  describe('Query.product', () => {
    it('returns the stock of every warehouse ordered by code, with the totals across them', async () => {
      const { data, errors } = await run(PRODUCT, { sku: 'SKU-0001' });
      expect(errors).toBeUndefined();
      expect(data).toEqual({
        product: {
          sku: 'SKU-0001',
          name: 'Trail running shoe',
          available: 8,
          outOfStock: false,
          // something can ship from Berlin, so no restock date at product level
          nextRestockAt: null,
          stock: [
            {
              warehouse: { code: 'BER', name: 'Berlin Central' },
              onHand: 10,
              reserved: 2,
              available: 8,
              nextRestockAt: null,
            },
            // nothing available in Hamburg, so its own restock date shows
            {
              warehouse: { code: 'HAM', name: 'Hamburg Port' },
              onHand: 0,
              reserved: 0,
              available: 0,
              nextRestockAt: '2026-12-05T08:00:00.000Z',
            },
          ],
        },
      });
    });

    it('reports an over-reserved warehouse as 0 available and the earliest restock when out of stock everywhere', async () => {
      const { data, errors } = await run(PRODUCT, { sku: 'SKU-0002' });
      expect(errors).toBeUndefined();
      expect(data).toEqual({
        product: {
          sku: 'SKU-0002',
          name: 'Rain jacket',
          available: 0,
          outOfStock: true,
          nextRestockAt: '2026-11-25T08:00:00.000Z',
          stock: [
            {
              warehouse: { code: 'LEJ', name: 'Leipzig Hub' },
              onHand: 0,
              reserved: 0,
              available: 0,
              nextRestockAt: '2026-11-25T08:00:00.000Z',
            },
            {
              warehouse: { code: 'MUC', name: 'Munich South' },
              onHand: 3,
              reserved: 5,
              available: 0,
              nextRestockAt: '2026-12-01T08:00:00.000Z',
            },
          ],
        },
      });
    });

    it('treats a product no warehouse carries as out of stock with no restock date', async () => {
      const { data, errors } = await run(PRODUCT, { sku: 'SKU-0003' });
      expect(errors).toBeUndefined();
      expect(data).toMatchObject({ product: { available: 0, outOfStock: true, nextRestockAt: null, stock: [] } });
    });

    it('rejects a malformed sku with INVALID_IDENTIFIER before any SQL runs', async () => {
      const before = db().stats.statements;
      const { data, errors } = await run(PRODUCT, { sku: 'shoe-1' });
      expect(db().stats.statements).toBe(before);
      expect(data).toEqual({ product: null });
      expect(errors).toMatchObject([
        {
          message: '"shoe-1" is not a valid sku: expected SKU-<4 to 8 digits>, e.g. SKU-0001.',
          extensions: { code: 'INVALID_IDENTIFIER', argumentName: 'sku' },
          path: ['product'],
        },
      ]);
    });

    it('fails with NOT_FOUND for a well-formed sku no product has', async () => {
      const { data, errors } = await run(PRODUCT, { sku: 'SKU-9999' });
      expect(data).toEqual({ product: null });
      expect(errors).toMatchObject([
        {
          message: 'No product has sku "SKU-9999". Check the value, or search by another identifier.',
          extensions: { code: 'NOT_FOUND', argumentName: 'sku' },
        },
      ]);
    });
  });

  describe('Query.warehouses', () => {
    it('lists every warehouse ordered by code', async () => {
      const { data, errors } = await run(
        `#graphql
        { warehouses { code name city country } }`,
      );
      expect(errors).toBeUndefined();
      expect(data).toEqual({
        warehouses: [
          { code: 'BER', name: 'Berlin Central', city: 'Berlin', country: 'DE' },
          { code: 'HAM', name: 'Hamburg Port', city: 'Hamburg', country: 'DE' },
          { code: 'LEJ', name: 'Leipzig Hub', city: 'Leipzig', country: 'DE' },
          { code: 'MUC', name: 'Munich South', city: 'Munich', country: 'DE' },
        ],
      });
    });
  });

  describe('Product entities', () => {
    it('resolves references by sku, and an unknown or malformed sku to null without an error', async () => {
      const { data, errors } = await run(ENTITIES, {
        representations: [
          { __typename: 'Product', sku: 'SKU-0002' },
          { __typename: 'Product', sku: 'SKU-9999' },
          { __typename: 'Product', sku: 'not-a-sku' },
          { __typename: 'Product', sku: 'SKU-0001' },
        ],
      });
      expect(errors).toBeUndefined();
      expect(data).toEqual({
        _entities: [
          {
            sku: 'SKU-0002',
            name: 'Rain jacket',
            available: 0,
            stock: [
              { warehouse: { code: 'LEJ' }, available: 0 },
              { warehouse: { code: 'MUC' }, available: 0 },
            ],
          },
          null,
          null,
          {
            sku: 'SKU-0001',
            name: 'Trail running shoe',
            available: 8,
            stock: [
              { warehouse: { code: 'BER' }, available: 8 },
              { warehouse: { code: 'HAM' }, available: 0 },
            ],
          },
        ],
      });
    });

    it('reads products and their stock in a fixed number of statements, however many references come', async () => {
      async function statementsFor(count: number): Promise<number> {
        const representations = Array.from({ length: count }, (_, i) => ({
          __typename: 'Product',
          sku: `SKU-${1001 + i}`,
        }));
        const before = db().stats.statements;
        const { data, errors } = await run(ENTITIES, { representations });
        expect(errors).toBeUndefined();
        const entities = (data?.['_entities'] ?? []) as { sku: string; stock: unknown[] }[];
        expect(entities).toHaveLength(count);
        expect(entities.every((entity) => entity.stock.length === 2)).toBe(true);
        return db().stats.statements - before;
      }
      const forTwo = await statementsFor(2);
      const forFifty = await statementsFor(50);
      // one statement for the products with all their stock levels and warehouses
      expect(forTwo).toBe(1);
      expect(forFifty).toBe(forTwo);
    });
  });
});
