import type { Queryable } from '../../shared';

/** Complaints about one order, as tickets reports them. */
export interface OrderComplaint {
  orderId: string;
  tickets: number;
}

export interface ProductComplaintRow {
  sku: string;
  tickets: number;
}

// A complaint about an order counts once per distinct sku on it (two lines of the same product are one product).
const BY_PRODUCT_SQL = `
  SELECT l.sku, sum(c.tickets)::int AS tickets
    FROM unnest($1::text[], $2::int[]) AS c (order_id, tickets)
    JOIN (SELECT DISTINCT order_id, sku FROM orders.order_lines) l ON l.order_id = c.order_id
   GROUP BY l.sku
   ORDER BY sum(c.tickets) DESC, l.sku COLLATE "C"`;

/** Turns complaints per order into complaints per product, in one statement. */
export function productComplaintsRepository(db: Queryable) {
  return {
    byProduct(complaints: readonly OrderComplaint[]): Promise<ProductComplaintRow[]> {
      return db.query<ProductComplaintRow>(BY_PRODUCT_SQL, [
        complaints.map((c) => c.orderId),
        complaints.map((c) => c.tickets),
      ]);
    },
  };
}
