import { entityTag } from '../../../platform/changeEvents';
import type { OrderRow } from '../data/rows';

/**
 * The entities a change to `order` changes for readers of the graph: the order (by both keys) and its customer
 * (`Customer.orders`, `lifetimeValue`, `orderCount`, the timeline's order activity).
 */
export function orderTags(order: Pick<OrderRow, 'id' | 'number' | 'customerId'>): string[] {
  return [
    entityTag('Order', { id: order.id }),
    entityTag('Order', { number: order.number }),
    entityTag('Customer', { id: order.customerId }),
  ];
}
