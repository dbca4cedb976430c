import { preparedStatement } from '../../shared';
import type { Queryable } from '../../shared';
import type { OrderLineRow, PaymentMethodValue, PaymentRow, PaymentStatusValue, RefundRow } from './rows';

/** What hangs off one order: its lines, payments and refunds. */
export interface OrderParts {
  lines: OrderLineRow[];
  payments: PaymentRow[];
  refunds: RefundRow[];
}

/** One row of the UNION: the columns a part does not have are NULL. */
interface PartRow {
  part: 'line' | 'payment' | 'refund';
  id: string;
  orderId: string;
  currency: string;
  position: number | null;
  sku: string | null;
  quantity: number | null;
  amountMinor: number;
  method: PaymentMethodValue | null;
  status: PaymentStatusValue | null;
  reason: string | null;
  createdAt: Date | null;
}

// Every branch lists the same columns with typed NULLs, so UNION ALL lines them up; the ORDER BY keeps lines by
// position and payments and refunds by time within each order.
const PARTS_SQL = `
SELECT x.part, x.id, o.id AS "orderId", o.currency, x.position, x.sku, x.quantity, x.amount_minor AS "amountMinor",
       x.method, x.status, x.reason, x.created_at AS "createdAt"
  FROM orders.orders o
 CROSS JOIN LATERAL (
       SELECT 'line' AS part, l.id, l.position, l.sku, l.quantity, l.unit_price_minor AS amount_minor,
              NULL::text AS method, NULL::text AS status, NULL::text AS reason, NULL::timestamptz AS created_at
         FROM orders.order_lines l WHERE l.order_id = o.id
       UNION ALL
       SELECT 'payment', p.id, NULL, NULL, NULL, p.amount_minor, p.method, p.status, NULL, p.created_at
         FROM orders.payments p WHERE p.order_id = o.id
       UNION ALL
       SELECT 'refund', r.id, NULL, NULL, NULL, r.amount_minor, NULL, NULL, r.reason, r.created_at
         FROM orders.refunds r WHERE r.order_id = o.id) x
 WHERE o.id = ANY($1::text[])
 ORDER BY o.id, x.part, x.position, x.created_at, x.id`;

/**
 * Batch reads of what hangs off an order: lines, payments, refunds, each with the order's currency (every amount on
 * an order is in the order's currency). An order's page shows all three, so one statement reads them for all the
 * orders of a batch.
 */
export function orderPartsRepository(db: Queryable) {
  return {
    /** The parts of each order, in key order; empty lists for an order without any (or an unknown id). */
    async partsByOrderIds(orderIds: readonly string[]): Promise<OrderParts[]> {
      const rows = await db.query<PartRow>(preparedStatement(PARTS_SQL), [orderIds]);
      const parts = new Map<string, OrderParts>(orderIds.map((id) => [id, { lines: [], payments: [], refunds: [] }]));
      for (const row of rows) {
        const order = parts.get(row.orderId);
        if (!order) continue;
        const { id, orderId, currency, amountMinor } = row;
        // each branch of PARTS_SQL sets the columns of its part
        if (row.part === 'line') {
          order.lines.push({
            id,
            orderId,
            currency,
            position: row.position as number,
            sku: row.sku as string,
            quantity: row.quantity as number,
            unitPriceMinor: amountMinor,
          });
        } else if (row.part === 'payment') {
          order.payments.push({
            id,
            orderId,
            currency,
            amountMinor,
            method: row.method as PaymentMethodValue,
            status: row.status as PaymentStatusValue,
            createdAt: row.createdAt as Date,
          });
        } else {
          order.refunds.push({
            id,
            orderId,
            currency,
            amountMinor,
            reason: row.reason as string,
            createdAt: row.createdAt as Date,
          });
        }
      }
      return orderIds.map((id) => parts.get(id) ?? { lines: [], payments: [], refunds: [] });
    },
  };
}
