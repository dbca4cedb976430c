import { checkIdentifier, money } from '../../shared';
import type { OrderResolvers } from '../__generated__/resolvers-types';

export const Order: OrderResolvers = {
  // Order has two keys: the gateway sends `{ id }` or `{ number }`, whichever the other subgraph holds. Async so a
  // malformed key fails only its own entity, not the whole `_entities` list.
  __resolveReference: async (reference, { loaders }) =>
    'id' in reference
      ? loaders.orderById.load(checkIdentifier('orderId', 'id', reference.id))
      : loaders.orderByNumber.load(checkIdentifier('orderNumber', 'number', reference.number)),

  total: (order) => money(order.totalMinor, order.currency),
  customer: (order) => ({ id: order.customerId }),
  lines: (order, _args, { loaders }) => loaders.linesByOrderId.load(order.id),
  payments: (order, _args, { loaders }) => loaders.paymentsByOrderId.load(order.id),
  refunds: (order, _args, { loaders }) => loaders.refundsByOrderId.load(order.id),
};
