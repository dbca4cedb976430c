import { preparedStatement } from '../../shared';
import type { Queryable } from '../../shared';
import type { ProductRow, StockLevelRow } from './rows';

/** Batch reads of `inventory.products`, each with its stock levels and their warehouses. */
export interface ProductRepository {
  /**
   * One row per sku, in key order, `null` where no product has it: callers decide what a missing product
   * means (a root lookup fails with NOT_FOUND, an entity reference resolves to null).
   */
  findBySkus(skus: readonly string[]): Promise<(ProductRow | null)[]>;
}

/** A product joined with one of its stock levels; the stock columns are NULL for a product no warehouse carries. */
interface ProductStockRow {
  sku: string;
  name: string;
  priceMinor: number;
  currency: string;
  code: string | null;
  warehouseName: string | null;
  city: string | null;
  country: string | null;
  onHand: number | null;
  reserved: number | null;
  nextRestockAt: Date | null;
}

export function productRepository(db: Queryable): ProductRepository {
  return {
    async findBySkus(skus) {
      const rows = await db.query<ProductStockRow>(
        preparedStatement(`SELECT p.sku, p.name, p.price_minor AS "priceMinor", p.currency,
                w.code, w.name AS "warehouseName", w.city, w.country,
                s.on_hand AS "onHand", s.reserved, s.next_restock_at AS "nextRestockAt"
           FROM inventory.products p
           LEFT JOIN (inventory.stock_levels s JOIN inventory.warehouses w ON w.code = s.warehouse_code)
                  ON s.sku = p.sku
          WHERE p.sku = ANY($1::text[])
          ORDER BY p.sku, w.code`),
        [skus],
      );
      const bySku = new Map<string, ProductRow>();
      for (const row of rows) {
        let product = bySku.get(row.sku);
        if (!product) {
          product = { sku: row.sku, name: row.name, priceMinor: row.priceMinor, currency: row.currency, stock: [] };
          bySku.set(row.sku, product);
        }
        if (row.code === null) continue;
        // the join's stock and warehouse columns are all set when the warehouse code is
        const level: StockLevelRow = {
          sku: row.sku,
          warehouse: {
            code: row.code,
            name: row.warehouseName as string,
            city: row.city as string,
            country: row.country as string,
          },
          onHand: row.onHand as number,
          reserved: row.reserved as number,
          nextRestockAt: row.nextRestockAt,
        };
        product.stock.push(level);
      }
      return skus.map((sku) => bySku.get(sku) ?? null);
    },
  };
}
