import { groupByKey } from '../../shared';
import type { Queryable } from '../../shared';
import type { OrderLineRow, PaymentRow, RefundRow } from './rows';

/**
 * Batch reads of what hangs off an order: lines, payments, refunds. Each method is one statement for all the
 * orders of a batch, and joins the order for its currency (every amount on an order is in the order's currency).
 */
export function orderPartsRepository(db: Queryable) {
  return {
    async linesByOrderIds(orderIds: readonly string[]): Promise<OrderLineRow[][]> {
      const rows = await db.query<OrderLineRow>(
        `SELECT l.id, l.order_id AS "orderId", l.position, l.sku, l.quantity, l.unit_price_minor AS "unitPriceMinor", o.currency
         FROM orders.order_lines l JOIN orders.orders o ON o.id = l.order_id
         WHERE l.order_id = ANY($1::text[])
         ORDER BY l.order_id, l.position`,
        [orderIds],
      );
      return groupByKey(orderIds, rows, (row) => row.orderId);
    },

    async paymentsByOrderIds(orderIds: readonly string[]): Promise<PaymentRow[][]> {
      const rows = await db.query<PaymentRow>(
        `SELECT p.id, p.order_id AS "orderId", p.method, p.status, p.amount_minor AS "amountMinor", o.currency,
                p.created_at AS "createdAt"
         FROM orders.payments p JOIN orders.orders o ON o.id = p.order_id
         WHERE p.order_id = ANY($1::text[])
         ORDER BY p.order_id, p.created_at, p.id`,
        [orderIds],
      );
      return groupByKey(orderIds, rows, (row) => row.orderId);
    },

    async refundsByOrderIds(orderIds: readonly string[]): Promise<RefundRow[][]> {
      const rows = await db.query<RefundRow>(
        `SELECT r.id, r.order_id AS "orderId", r.amount_minor AS "amountMinor", o.currency, r.reason,
                r.created_at AS "createdAt"
         FROM orders.refunds r JOIN orders.orders o ON o.id = r.order_id
         WHERE r.order_id = ANY($1::text[])
         ORDER BY r.order_id, r.created_at, r.id`,
        [orderIds],
      );
      return groupByKey(orderIds, rows, (row) => row.orderId);
    },
  };
}
