import type { ActivityEvent } from '../../shared';
import type { CustomerTrackingEventRow } from '../data/trackingEventRepository';

/**
 * One customer-timeline entry per tracking event, worded so an agent understands it without opening the
 * shipment: "Parcel DHL0012345678 (DHL): Lost in transit — Leipzig hub".
 */
export function shipmentActivity(event: CustomerTrackingEventRow): ActivityEvent {
  const where = event.location ? ` — ${event.location}` : '';
  return {
    // tracking event ids are unique in logistics; the prefix keeps them apart from other systems' ids
    id: `logistics:${event.id}`,
    occurredAt: event.occurredAt,
    kind: 'SHIPMENT_EVENT',
    summary: `Parcel ${event.trackingNumber} (${event.carrier}): ${event.description}${where}`,
    orderId: event.orderId,
    shipmentId: event.shipmentId,
    ticketId: null,
    channel: null,
  };
}
