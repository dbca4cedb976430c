import { checkIdentifier, normalizeTrackingNumber, notFound } from '../../shared';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  async shipment(_parent, { id }, { loaders }) {
    checkIdentifier('shipmentId', 'id', id);
    const shipment = await loaders.shipmentById.load(id);
    if (!shipment) throw notFound('shipment', 'id', id);
    return shipment;
  },
  async shipmentByTrackingNumber(_parent, args, { loaders }) {
    // agents type tracking numbers off labels and e-mails: "dhl 0012 3456 78" is accepted
    const trackingNumber = checkIdentifier(
      'trackingNumber',
      'trackingNumber',
      args.trackingNumber,
      normalizeTrackingNumber,
    );
    const shipment = await loaders.shipmentByTrackingNumber.load(trackingNumber);
    if (!shipment) throw notFound('shipment', 'trackingNumber', trackingNumber);
    return shipment;
  },
};
