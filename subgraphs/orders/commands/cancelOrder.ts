import { checkIdentifier, ErrorCode, notFound, UserInputError } from '../../shared';
import type { Db } from '../../shared';
import type { OrderRow } from '../data/rows';
import { lockOrder, markOrderCancelled } from '../data/orderStore';

/** Orders that may still be cancelled: nothing has left the warehouse yet. */
const CANCELLABLE = new Set<OrderRow['status']>(['PENDING', 'PAID']);

/** Cancels an order that has not shipped, in one transaction (the row is locked while its status is checked). */
export async function cancelOrder(db: Db, orderId: string, now: Date): Promise<OrderRow> {
  const id = checkIdentifier('orderId', 'orderId', orderId);
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, id);
    if (!order) throw notFound('order', 'orderId', id);
    if (!CANCELLABLE.has(order.status)) {
      throw new UserInputError(
        ErrorCode.INVALID_TRANSITION,
        `Order ${order.number} is ${order.status} and cannot be cancelled: only PENDING and PAID orders can. For a shipped order, wait for the return and refund it.`,
        { argumentName: 'orderId', status: order.status },
      );
    }
    const cancelled = await markOrderCancelled(tx, id, now);
    if (!cancelled) throw notFound('order', 'orderId', id);
    return cancelled;
  });
}
