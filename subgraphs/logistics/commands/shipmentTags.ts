import { entityTag } from '../../../platform/changeEvents';
import type { ShipmentRow } from '../data/rows';

/**
 * The entities a change to `shipment` changes for readers of the graph: the shipment (by both keys), its order
 * (`Order.shipments`) and its customer (the timeline's shipment activity).
 */
export function shipmentTags(shipment: Pick<ShipmentRow, 'id' | 'trackingNumber' | 'orderId' | 'customerId'>) {
  return [
    entityTag('Shipment', { id: shipment.id }),
    entityTag('Shipment', { trackingNumber: shipment.trackingNumber }),
    entityTag('Order', { id: shipment.orderId }),
    entityTag('Customer', { id: shipment.customerId }),
  ];
}
