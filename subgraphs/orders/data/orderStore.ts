import type { Queryable } from '../../shared';
import type { OrderRow } from './rows';

/**
 * The reads and writes of the order commands, each inside the command's transaction. Kept apart from
 * orderRepository: that one serves many reads at once, these serve one change.
 */

const COLUMNS = `id, number, customer_id AS "customerId", status, currency, total_minor AS "totalMinor",
  placed_at AS "placedAt", cancelled_at AS "cancelledAt"`;

/** The order, its row locked until the transaction ends (`FOR UPDATE`); undefined for an unknown id. */
export async function lockOrder(tx: Queryable, orderId: string): Promise<OrderRow | undefined> {
  const [order] = await tx.query<OrderRow>(`SELECT ${COLUMNS} FROM orders.orders WHERE id = $1 FOR UPDATE`, [orderId]);
  return order;
}

/** Marks the order CANCELLED at `now` and returns the new row; undefined when it is gone. */
export async function markOrderCancelled(tx: Queryable, orderId: string, now: Date): Promise<OrderRow | undefined> {
  const [cancelled] = await tx.query<OrderRow>(
    `UPDATE orders.orders SET status = 'CANCELLED', cancelled_at = $2 WHERE id = $1 RETURNING ${COLUMNS}`,
    [orderId, now],
  );
  return cancelled;
}
