import type { OrderResolvers } from '../__generated__/resolvers-types';

export const Order: OrderResolvers = {
  // orders owns orders; a reference is all this subgraph needs to list their tickets
  __resolveReference(reference) {
    return { id: reference.id };
  },
  tickets(order, _args, { loaders }) {
    return loaders.ticketsByOrderId.load(order.id);
  },
};
