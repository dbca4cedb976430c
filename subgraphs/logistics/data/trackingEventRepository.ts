import { groupByKey, preparedStatement } from '../../shared';
import type { Queryable } from '../../shared';
import type { ShipmentRow, TrackingEventRow } from './rows';

/** A tracking event with the shipment it belongs to, as the customer timeline needs it. */
export interface CustomerTrackingEventRow extends TrackingEventRow {
  customerId: string;
  orderId: string;
  trackingNumber: string;
  carrier: ShipmentRow['carrier'];
}

/** Batch reads of `logistics.tracking_events`. */
export interface TrackingEventRepository {
  /** The events of each shipment (an empty list when it has none), earliest first. */
  findByShipmentIds(shipmentIds: readonly string[]): Promise<TrackingEventRow[][]>;
  /** The events of every shipment addressed to each customer, earliest first. */
  findByCustomerIds(customerIds: readonly string[]): Promise<CustomerTrackingEventRow[][]>;
}

export function trackingEventRepository(db: Queryable): TrackingEventRepository {
  return {
    async findByShipmentIds(shipmentIds) {
      const rows = await db.query<TrackingEventRow>(
        preparedStatement(`SELECT id, shipment_id AS "shipmentId", occurred_at AS "occurredAt", status, location, description
           FROM logistics.tracking_events
          WHERE shipment_id = ANY($1::text[])
          ORDER BY shipment_id, occurred_at, id`),
        [shipmentIds],
      );
      return groupByKey(shipmentIds, rows, (row) => row.shipmentId);
    },
    async findByCustomerIds(customerIds) {
      const rows = await db.query<CustomerTrackingEventRow>(
        preparedStatement(`SELECT e.id, e.shipment_id AS "shipmentId", e.occurred_at AS "occurredAt", e.status, e.location,
                e.description, s.customer_id AS "customerId", s.order_id AS "orderId",
                s.tracking_number AS "trackingNumber", s.carrier
           FROM logistics.shipments s
           JOIN logistics.tracking_events e ON e.shipment_id = s.id
          WHERE s.customer_id = ANY($1::text[])
          ORDER BY s.customer_id, e.occurred_at, e.id`),
        [customerIds],
      );
      return groupByKey(customerIds, rows, (row) => row.customerId);
    },
  };
}
