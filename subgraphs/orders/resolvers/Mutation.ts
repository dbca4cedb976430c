import type { MutationResolvers } from '../__generated__/resolvers-types';
import { cancelOrder } from '../commands/cancelOrder';
import { orderTags } from '../commands/orderTags';

export const Mutation: MutationResolvers = {
  // after the transaction committed and before answering: the gateways' caches drop what showed the order
  async cancelOrder(_parent, { orderId }, context) {
    const order = await cancelOrder(context.db, orderId, context.now());
    await context.invalidation?.invalidate(orderTags(order));
    return order;
  },
};
