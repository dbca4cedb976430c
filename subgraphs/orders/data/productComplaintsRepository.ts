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
// The lines are read per complained-about order through the (order_id, position) index: a DISTINCT over the whole
// order_lines table, joined afterwards, sorted 600,000 rows on disk at 100,000 customers and took seconds
// (bench/PROFILE.md); this costs what the window's complaints cost, whatever the history.
const BY_PRODUCT_SQL = `
  SELECT l.sku, sum(c.tickets)::int AS tickets
    FROM unnest($1::text[], $2::int[]) AS c (order_id, tickets)
   CROSS JOIN LATERAL (SELECT DISTINCT x.sku FROM orders.order_lines x WHERE x.order_id = c.order_id) l
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
