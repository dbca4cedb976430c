import type { Queryable } from '../../shared';
import type { ProductRow } from './rows';

/** Batch reads of `inventory.products`. */
export interface ProductRepository {
  /**
   * One row per sku, in key order, `null` where no product has it: callers decide what a missing product
   * means (a root lookup fails with NOT_FOUND, an entity reference resolves to null).
   */
  findBySkus(skus: readonly string[]): Promise<(ProductRow | null)[]>;
}

export function productRepository(db: Queryable): ProductRepository {
  return {
    async findBySkus(skus) {
      const rows = await db.query<ProductRow>(
        `SELECT sku, name, price_minor AS "priceMinor", currency
           FROM inventory.products
          WHERE sku = ANY($1::text[])`,
        [skus],
      );
      const bySku = new Map(rows.map((row) => [row.sku, row]));
      return skus.map((sku) => bySku.get(sku) ?? null);
    },
  };
}
