import type { MutationResolvers } from '../__generated__/resolvers-types';
import { recordShipmentEvent } from '../commands/recordShipmentEvent';
import { shipmentTags } from '../commands/shipmentTags';

export const Mutation: MutationResolvers = {
  // after the transaction committed and before answering: the gateways' caches drop what showed the shipment
  async recordShipmentEvent(_parent, { input }, context) {
    const shipment = await recordShipmentEvent(context.db, input, context.now());
    await context.invalidation?.invalidate(shipmentTags(shipment));
    return shipment;
  },
};
