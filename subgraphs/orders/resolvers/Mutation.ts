import type { MutationResolvers } from '../__generated__/resolvers-types';
import { cancelOrder } from '../commands/cancelOrder';
import { orderChange } from '../commands/orderChange';

export const Mutation: MutationResolvers = {
  // after the transaction committed and before answering: the gateways' caches drop what showed the order, then
  // live subscriptions hear of it
  async cancelOrder(_parent, { orderId }, context) {
    const order = await cancelOrder(context.db, orderId, context.now());
    await context.invalidation?.announce(orderChange('ORDER_CANCELLED', order));
    return order;
  },
};
