import type { OrderResolvers } from '../__generated__/resolvers-types';

export const Order: OrderResolvers = {
  // Logistics knows an order only by the id its shipments carry; the orders subgraph owns the rest.
  __resolveReference: (reference) => ({ id: reference.id }),
  shipments: (order, _args, { loaders }) => loaders.shipmentsByOrderId.load(order.id),
};
