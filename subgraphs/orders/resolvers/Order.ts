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
  lines: async (order, _args, { loaders }) => (await loaders.partsByOrderId.load(order.id)).lines,
  payments: async (order, _args, { loaders }) => (await loaders.partsByOrderId.load(order.id)).payments,
  refunds: async (order, _args, { loaders }) => (await loaders.partsByOrderId.load(order.id)).refunds,
};
