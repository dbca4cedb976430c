import type { MutationResolvers } from '../__generated__/resolvers-types';
import { recordShipmentEvent } from '../commands/recordShipmentEvent';
import { shipmentChange } from '../commands/shipmentChange';

export const Mutation: MutationResolvers = {
  // after the transaction committed and before answering: the gateways' caches drop what showed the shipment, then
  // live subscriptions hear of it
  async recordShipmentEvent(_parent, { input }, context) {
    const shipment = await recordShipmentEvent(context.db, input, context.now());
    await context.invalidation?.announce(shipmentChange('SHIPMENT_EVENT_RECORDED', shipment));
    return shipment;
  },
};
