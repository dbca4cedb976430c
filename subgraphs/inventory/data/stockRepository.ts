import { groupByKey } from '../../shared';
import type { Queryable } from '../../shared';
import type { StockLevelRow } from './rows';

interface StockJoinRow {
  sku: string;
  code: string;
  name: string;
  city: string;
  country: string;
  onHand: number;
  reserved: number;
  nextRestockAt: Date | null;
}

/** Batch reads of `inventory.stock_levels`, each with its warehouse. */
export interface StockRepository {
  /** The stock levels of each sku (an empty list when it has none), ordered by warehouse code. */
  findBySkus(skus: readonly string[]): Promise<StockLevelRow[][]>;
}

export function stockRepository(db: Queryable): StockRepository {
  return {
    async findBySkus(skus) {
      const rows = await db.query<StockJoinRow>(
        `SELECT s.sku, w.code, w.name, w.city, w.country,
                s.on_hand AS "onHand", s.reserved, s.next_restock_at AS "nextRestockAt"
           FROM inventory.stock_levels s
           JOIN inventory.warehouses w ON w.code = s.warehouse_code
          WHERE s.sku = ANY($1::text[])
          ORDER BY s.sku, w.code`,
        [skus],
      );
      const levels = rows.map((row): StockLevelRow => ({
        sku: row.sku,
        warehouse: { code: row.code, name: row.name, city: row.city, country: row.country },
        onHand: row.onHand,
        reserved: row.reserved,
        nextRestockAt: row.nextRestockAt,
      }));
      return groupByKey(skus, levels, (level) => level.sku);
    },
  };
}
