import type { ChangeInput } from '../../../platform/changeEvents';
import type { ShipmentRow } from '../data/rows';

/** What the logistics subgraph announces (values of LiveChangeKind in schema/live.graphql). */
export type ShipmentChangeKind = 'SHIPMENT_EVENT_RECORDED';

/**
 * A change to `shipment` as the logistics subgraph announces it, with the shipment's status after the change. The
 * entities are what the change changes for readers of the graph, and so what the gateways' entity caches drop: the
 * shipment (by both keys), its order (`Order.shipments`) and its customer (the timeline's shipment activity).
 */
export function shipmentChange(
  kind: ShipmentChangeKind,
  shipment: Pick<ShipmentRow, 'id' | 'trackingNumber' | 'orderId' | 'customerId' | 'status'>,
): ChangeInput {
  return {
    kind,
    entities: [
      { typename: 'Shipment', keys: { id: shipment.id, trackingNumber: shipment.trackingNumber } },
      { typename: 'Order', keys: { id: shipment.orderId } },
      { typename: 'Customer', keys: { id: shipment.customerId } },
    ],
    facts: { status: shipment.status },
  };
}
