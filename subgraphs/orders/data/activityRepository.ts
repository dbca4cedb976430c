import { groupByKey, preparedStatement } from '../../shared';
import type { Queryable } from '../../shared';
import type { PaymentMethodValue } from './rows';

/** The order-timeline kinds this system reports (values of CRM's `TimelineEventKind`). */
export type OrderActivityKind = 'ORDER_PLACED' | 'ORDER_PAID' | 'ORDER_CANCELLED' | 'ORDER_REFUNDED';

/** One order event with what its summary needs; `itemCount`, `method` and `reason` only for the kinds that have one. */
export interface OrderActivityRow {
  customerId: string;
  id: string;
  occurredAt: Date;
  kind: OrderActivityKind;
  orderId: string;
  orderNumber: string;
  currency: string;
  amountMinor: number;
  itemCount: number | null;
  method: PaymentMethodValue | null;
  reason: string | null;
}

/** Batch reads of the customer's order events. */
export function activityRepository(db: Queryable) {
  return {
    /**
     * Every order event of each customer, newest first: placed (placed_at), paid (each CAPTURED payment),
     * cancelled (cancelled_at) and refunded (each refund). One UNION ALL statement for the whole batch.
     */
    async findByCustomerIds(customerIds: readonly string[]): Promise<OrderActivityRow[][]> {
      const rows = await db.query<OrderActivityRow>(
        preparedStatement(`SELECT o.customer_id AS "customerId", 'orders:' || o.id || ':placed' AS id, o.placed_at AS "occurredAt",
                'ORDER_PLACED'::text AS kind, o.id AS "orderId", o.number AS "orderNumber", o.currency::text AS currency,
                o.total_minor AS "amountMinor",
                (SELECT coalesce(sum(l.quantity), 0)::int FROM orders.order_lines l WHERE l.order_id = o.id) AS "itemCount",
                NULL::text AS method, NULL::text AS reason
         FROM orders.orders o
         WHERE o.customer_id = ANY($1::text[])
         UNION ALL
         SELECT o.customer_id, 'orders:' || p.id || ':paid', p.created_at, 'ORDER_PAID', o.id, o.number, o.currency,
                p.amount_minor, NULL, p.method, NULL
         FROM orders.payments p JOIN orders.orders o ON o.id = p.order_id
         WHERE o.customer_id = ANY($1::text[]) AND p.status = 'CAPTURED'
         UNION ALL
         SELECT o.customer_id, 'orders:' || o.id || ':cancelled', o.cancelled_at, 'ORDER_CANCELLED', o.id, o.number,
                o.currency, o.total_minor, NULL, NULL, NULL
         FROM orders.orders o
         WHERE o.customer_id = ANY($1::text[]) AND o.cancelled_at IS NOT NULL
         UNION ALL
         SELECT o.customer_id, 'orders:' || r.id || ':refunded', r.created_at, 'ORDER_REFUNDED', o.id, o.number,
                o.currency, r.amount_minor, NULL, NULL, r.reason
         FROM orders.refunds r JOIN orders.orders o ON o.id = r.order_id
         WHERE o.customer_id = ANY($1::text[])
         ORDER BY 1, 3 DESC, 2 DESC`),
        [customerIds],
      );
      return groupByKey(customerIds, rows, (row) => row.customerId);
    },
  };
}
