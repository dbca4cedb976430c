import type { ChangeInput } from '../../../platform/changeEvents';
import type { OrderRow } from '../data/rows';

/** What the orders subgraph announces (values of LiveChangeKind in schema/live.graphql). */
export type OrderChangeKind = 'ORDER_CANCELLED';

/**
 * A change to `order` as the orders subgraph announces it. The entities are what the change changes for readers of
 * the graph, and so what the gateways' entity caches drop: the order (by both keys) and its customer
 * (`Customer.orders`, `lifetimeValue`, `orderCount`, the timeline's order activity).
 */
export function orderChange(kind: OrderChangeKind, order: Pick<OrderRow, 'id' | 'number' | 'customerId'>): ChangeInput {
  return {
    kind,
    entities: [
      { typename: 'Order', keys: { id: order.id, number: order.number } },
      { typename: 'Customer', keys: { id: order.customerId } },
    ],
  };
}
