import { preparedStatement } from '../../shared';
import type { Queryable } from '../../shared';
import type { LifetimeValueRow } from './rows';

/** A customer's order figures: how many orders, and the lifetime value per currency. */
export interface CustomerFigures {
  orderCount: number;
  lifetimeValue: LifetimeValueRow[];
}

/** Per-customer figures, one statement per batch of customers. */
export function customerFiguresRepository(db: Queryable) {
  return {
    /**
     * Per customer, in key order: the orders placed (cancelled ones included), and the lifetime value per currency —
     * captured payments minus refunds, summed over the customer's orders that are not CANCELLED (a cancelled
     * order's money went back, or was never taken). Failed and merely authorised payments do not count. One amount
     * per currency the customer has a non-cancelled order in (0 when nothing was captured yet); an empty list when
     * the customer has no such order. A customer page shows both, so they share one statement.
     */
    async figuresByCustomerIds(customerIds: readonly string[]): Promise<CustomerFigures[]> {
      const rows = await db.query<{
        keyIndex: number;
        orderCount: number;
        currency: string | null;
        minorUnits: number;
      }>(
        preparedStatement(`SELECT (k.ord - 1)::int AS "keyIndex", n.count AS "orderCount", v.currency, v.minor_units AS "minorUnits"
         FROM unnest($1::text[]) WITH ORDINALITY AS k(customer_id, ord)
         CROSS JOIN LATERAL (SELECT count(*)::int AS count FROM orders.orders WHERE customer_id = k.customer_id) n
         LEFT JOIN LATERAL (
           SELECT o.currency, (sum(coalesce(p.captured, 0)) - sum(coalesce(r.refunded, 0)))::int AS minor_units
           FROM orders.orders o
           LEFT JOIN LATERAL (
             SELECT sum(amount_minor) AS captured FROM orders.payments WHERE order_id = o.id AND status = 'CAPTURED'
           ) p ON true
           LEFT JOIN LATERAL (
             SELECT sum(amount_minor) AS refunded FROM orders.refunds WHERE order_id = o.id
           ) r ON true
           WHERE o.customer_id = k.customer_id AND o.status <> 'CANCELLED'
           GROUP BY o.currency
         ) v ON true
         ORDER BY k.ord, v.currency`),
        [customerIds],
      );
      const figures: CustomerFigures[] = customerIds.map(() => ({ orderCount: 0, lifetimeValue: [] }));
      for (const { keyIndex, orderCount, currency, minorUnits } of rows) {
        const entry = figures[keyIndex];
        if (!entry) continue;
        entry.orderCount = orderCount;
        // the LEFT JOIN yields one row with a NULL currency for a customer without a non-cancelled order
        if (currency !== null)
          entry.lifetimeValue.push({ customerId: customerIds[keyIndex] as string, currency, minorUnits });
      }
      return figures;
    },
  };
}
