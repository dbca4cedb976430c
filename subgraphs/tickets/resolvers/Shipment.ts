import type { ShipmentResolvers } from '../__generated__/resolvers-types';

export const Shipment: ShipmentResolvers = {
  // logistics owns shipments; a reference is all this subgraph needs to list their tickets
  __resolveReference(reference) {
    return { id: reference.id };
  },
  tickets(shipment, _args, { loaders }) {
    return loaders.ticketsByShipmentId.load(shipment.id);
  },
};
