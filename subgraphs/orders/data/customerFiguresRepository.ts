import { groupByKey } from '../../shared';
import type { Queryable } from '../../shared';
import type { LifetimeValueRow } from './rows';

/** Per-customer money figures, one statement per batch of customers. */
export function customerFiguresRepository(db: Queryable) {
  return {
    /**
     * Lifetime value per customer and currency: captured payments minus refunds, summed over the customer's orders
     * that are not CANCELLED (a cancelled order's money went back, or was never taken). Failed and merely
     * authorised payments do not count. One amount per currency the customer has a non-cancelled order in (0 when
     * nothing was captured yet); an empty list when the customer has no such order.
     */
    async lifetimeValueByCustomerIds(customerIds: readonly string[]): Promise<LifetimeValueRow[][]> {
      const rows = await db.query<LifetimeValueRow>(
        `SELECT o.customer_id AS "customerId", o.currency,
                (sum(coalesce(p.captured, 0)) - sum(coalesce(r.refunded, 0)))::int AS "minorUnits"
         FROM orders.orders o
         LEFT JOIN LATERAL (
           SELECT sum(amount_minor) AS captured FROM orders.payments WHERE order_id = o.id AND status = 'CAPTURED'
         ) p ON true
         LEFT JOIN LATERAL (
           SELECT sum(amount_minor) AS refunded FROM orders.refunds WHERE order_id = o.id
         ) r ON true
         WHERE o.customer_id = ANY($1::text[]) AND o.status <> 'CANCELLED'
         GROUP BY o.customer_id, o.currency
         ORDER BY o.customer_id, o.currency`,
        [customerIds],
      );
      return groupByKey(customerIds, rows, (row) => row.customerId);
    },
  };
}
