import DataLoader from 'dataloader';
import type { ActivityEvent, Queryable } from '../shared';
import { carrierComplaintsRepository } from './data/carrierComplaintsRepository';
import type { CarrierComplaintRow, ShipmentComplaint } from './data/carrierComplaintsRepository';
import { shipmentActivity } from './activity/shipmentActivity';
import { shipmentRepository } from './data/shipmentRepository';
import { trackingEventRepository } from './data/trackingEventRepository';
import type { ShipmentRow, TrackingEventRow } from './data/rows';

export interface LogisticsLoaders {
  /** `null` for an unknown id; see ShipmentRepository.findByIds. */
  shipmentById: DataLoader<string, ShipmentRow | null>;
  /** Keyed by normalized tracking number; `null` for an unknown one. */
  shipmentByTrackingNumber: DataLoader<string, ShipmentRow | null>;
  /** Shipments of an order, oldest first; `[]` for an order without any. */
  shipmentsByOrderId: DataLoader<string, ShipmentRow[]>;
  /** Tracking events of a shipment, earliest first. */
  trackingEventsByShipmentId: DataLoader<string, TrackingEventRow[]>;
  /** Timeline entries for every tracking event of every shipment addressed to the customer. */
  activityByCustomerId: DataLoader<string, ActivityEvent[]>;
  /** Complaints per carrier for a list of complaints per shipment (TicketKpis.complaintsByCarrier). */
  carrierComplaintsByShipmentComplaints: DataLoader<readonly ShipmentComplaint[], CarrierComplaintRow[], string>;
}

/** Fresh loaders for one request, so nothing is cached across requests. */
export function createLogisticsLoaders(db: Queryable): LogisticsLoaders {
  const shipments = shipmentRepository(db);
  const events = trackingEventRepository(db);
  const complaints = carrierComplaintsRepository(db);
  const shipmentById = new DataLoader<string, ShipmentRow | null>((ids) => shipments.findByIds(ids));
  const shipmentByTrackingNumber = new DataLoader<string, ShipmentRow | null>((numbers) =>
    shipments.findByTrackingNumbers(numbers),
  );
  return {
    shipmentById,
    shipmentByTrackingNumber,
    shipmentsByOrderId: new DataLoader(async (orderIds) => {
      const groups = await shipments.findByOrderIds(orderIds);
      // a shipment read for an order is then known by id and tracking number too
      for (const row of groups.flat()) {
        shipmentById.prime(row.id, row);
        shipmentByTrackingNumber.prime(row.trackingNumber, row);
      }
      return groups;
    }),
    trackingEventsByShipmentId: new DataLoader((shipmentIds) => events.findByShipmentIds(shipmentIds)),
    activityByCustomerId: new DataLoader(async (customerIds) =>
      (await events.findByCustomerIds(customerIds)).map((group) => group.map(shipmentActivity)),
    ),
    carrierComplaintsByShipmentComplaints: new DataLoader(
      // one TicketKpis per request is the rule, so a batch holds one key
      (keys) => Promise.all(keys.map((key) => complaints.byCarrier(key))),
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
  };
}
