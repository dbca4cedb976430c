import { normalizeTrackingNumber } from '../../shared';
import type { ShipmentResolvers } from '../__generated__/resolvers-types';

export const Shipment: ShipmentResolvers = {
  // References come from other subgraphs (tickets, crm) by id or by tracking number. An unknown one resolves to
  // null rather than failing, so the ticket or timeline that points at it stays readable.
  __resolveReference(reference, { loaders }) {
    if ('id' in reference) return loaders.shipmentById.load(reference.id);
    return loaders.shipmentByTrackingNumber.load(normalizeTrackingNumber(reference.trackingNumber));
  },
  order: (shipment) => ({ id: shipment.orderId }),
  customer: (shipment) => ({ id: shipment.customerId }),
  events: (shipment, _args, { loaders }) => loaders.trackingEventsByShipmentId.load(shipment.id),
};
