import DataLoader from 'dataloader';
import type { ActivityEvent, Queryable } from '../shared';
import { shipmentActivity } from './activity/shipmentActivity';
import { shipmentRepository } from './data/shipmentRepository';
import { trackingEventRepository } from './data/trackingEventRepository';
import type { ShipmentRow, TrackingEventRow } from './data/rows';

export interface LogisticsLoaders {
  /** `null` for an unknown id; see ShipmentRepository.findByIds. */
  shipmentById: DataLoader<string, ShipmentRow | null>;
  /** Keyed by normalized tracking number; `null` for an unknown one. */
  shipmentByTrackingNumber: DataLoader<string, ShipmentRow | null>;
  /** Shipments of an order, oldest first; `[]` for an order without any. Fills trackingEventsByShipmentId too. */
  shipmentsByOrderId: DataLoader<string, ShipmentRow[]>;
  /** Tracking events of a shipment, earliest first. */
  trackingEventsByShipmentId: DataLoader<string, TrackingEventRow[]>;
  /** Timeline entries for every tracking event of every shipment addressed to the customer. */
  activityByCustomerId: DataLoader<string, ActivityEvent[]>;
}

/** Fresh loaders for one request, so nothing is cached across requests. */
export function createLogisticsLoaders(db: Queryable): LogisticsLoaders {
  const shipments = shipmentRepository(db);
  const events = trackingEventRepository(db);
  const shipmentById = new DataLoader<string, ShipmentRow | null>((ids) => shipments.findByIds(ids));
  const shipmentByTrackingNumber = new DataLoader<string, ShipmentRow | null>((numbers) =>
    shipments.findByTrackingNumbers(numbers),
  );
  const trackingEventsByShipmentId = new DataLoader<string, TrackingEventRow[]>((shipmentIds) =>
    events.findByShipmentIds(shipmentIds),
  );
  return {
    shipmentById,
    shipmentByTrackingNumber,
    shipmentsByOrderId: new DataLoader(async (orderIds) => {
      const groups = await shipments.findWithEventsByOrderIds(orderIds);
      // a shipment read for an order is then known by id and tracking number too, and so are its events
      for (const { shipment, events: list } of groups.flat()) {
        shipmentById.prime(shipment.id, shipment);
        shipmentByTrackingNumber.prime(shipment.trackingNumber, shipment);
        trackingEventsByShipmentId.prime(shipment.id, list);
      }
      return groups.map((group) => group.map(({ shipment }) => shipment));
    }),
    trackingEventsByShipmentId,
    activityByCustomerId: new DataLoader(async (customerIds) =>
      (await events.findByCustomerIds(customerIds)).map((group) => group.map(shipmentActivity)),
    ),
  };
}
