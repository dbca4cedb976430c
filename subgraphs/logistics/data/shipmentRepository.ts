import { groupByKey, preparedStatement } from '../../shared';
import type { Queryable } from '../../shared';
import type { ShipmentRow, TrackingEventRow } from './rows';

const SHIPMENT_COLUMNS = `s.id, s.tracking_number AS "trackingNumber", s.order_id AS "orderId",
  s.customer_id AS "customerId", s.carrier, s.status, s.created_at AS "createdAt", s.shipped_at AS "shippedAt",
  s.estimated_delivery_at AS "estimatedDeliveryAt", s.delivered_at AS "deliveredAt"`;

/** A shipment and its tracking events, earliest first. */
export interface ShipmentWithEvents {
  shipment: ShipmentRow;
  events: TrackingEventRow[];
}

/** The event columns of findWithEventsByOrderIds' join, NULL for a shipment without events. */
interface EventColumns {
  eventId: string | null;
  eventOccurredAt: Date | null;
  eventStatus: TrackingEventRow['status'] | null;
  eventLocation: string | null;
  eventDescription: string | null;
}

/** Batch reads of `logistics.shipments`. */
export interface ShipmentRepository {
  /**
   * One row per id, in key order, `null` where no shipment has it: callers decide what a missing shipment means
   * (a root lookup fails with NOT_FOUND, an entity reference resolves to null).
   */
  findByIds(ids: readonly string[]): Promise<(ShipmentRow | null)[]>;
  /** As findByIds, by normalized (upper-case, no spaces) tracking number. */
  findByTrackingNumbers(trackingNumbers: readonly string[]): Promise<(ShipmentRow | null)[]>;
  /**
   * The shipments of each order (an empty list when it has none), oldest first, each with its tracking events: an
   * order's page shows its parcels with their events, so one statement reads both.
   */
  findWithEventsByOrderIds(orderIds: readonly string[]): Promise<ShipmentWithEvents[][]>;
}

function inKeyOrder<Key>(
  keys: readonly Key[],
  rows: readonly ShipmentRow[],
  keyOf: (row: ShipmentRow) => Key,
): (ShipmentRow | null)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}

export function shipmentRepository(db: Queryable): ShipmentRepository {
  return {
    async findByIds(ids) {
      const rows = await db.query<ShipmentRow>(
        preparedStatement(`SELECT ${SHIPMENT_COLUMNS} FROM logistics.shipments s WHERE s.id = ANY($1::text[])`),
        [ids],
      );
      return inKeyOrder(ids, rows, (row) => row.id);
    },
    async findByTrackingNumbers(trackingNumbers) {
      const rows = await db.query<ShipmentRow>(
        preparedStatement(
          `SELECT ${SHIPMENT_COLUMNS} FROM logistics.shipments s WHERE s.tracking_number = ANY($1::text[])`,
        ),
        [trackingNumbers],
      );
      return inKeyOrder(trackingNumbers, rows, (row) => row.trackingNumber);
    },
    async findWithEventsByOrderIds(orderIds) {
      const rows = await db.query<ShipmentRow & EventColumns>(
        preparedStatement(`SELECT ${SHIPMENT_COLUMNS}, e.id AS "eventId", e.occurred_at AS "eventOccurredAt", e.status AS "eventStatus",
                e.location AS "eventLocation", e.description AS "eventDescription"
           FROM logistics.shipments s
           LEFT JOIN logistics.tracking_events e ON e.shipment_id = s.id
          WHERE s.order_id = ANY($1::text[])
          ORDER BY s.order_id, s.created_at, s.id, e.occurred_at, e.id`),
        [orderIds],
      );
      const shipments: ShipmentWithEvents[] = [];
      for (const { eventId, eventOccurredAt, eventStatus, eventLocation, eventDescription, ...shipment } of rows) {
        let last = shipments[shipments.length - 1];
        // rows come shipment by shipment: a new id starts the next one
        if (last?.shipment.id !== shipment.id) shipments.push((last = { shipment, events: [] }));
        if (eventId === null) continue;
        // the join's event columns are all set when its id is
        last.events.push({
          id: eventId,
          shipmentId: shipment.id,
          occurredAt: eventOccurredAt as Date,
          status: eventStatus as TrackingEventRow['status'],
          location: eventLocation,
          description: eventDescription as string,
        });
      }
      return groupByKey(orderIds, shipments, (entry) => entry.shipment.orderId);
    },
  };
}
