import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../shared';
import type { ShipmentRow } from './rows';

/**
 * The reads and writes of the shipment commands, each inside the command's transaction. Kept apart from
 * shipmentRepository: that one serves many reads at once, these serve one change.
 */

const COLUMNS = `id, tracking_number AS "trackingNumber", order_id AS "orderId", customer_id AS "customerId",
  carrier, status, created_at AS "createdAt", shipped_at AS "shippedAt",
  estimated_delivery_at AS "estimatedDeliveryAt", delivered_at AS "deliveredAt"`;

/** The shipment, its row locked until the transaction ends (`FOR UPDATE`); undefined for an unknown number. */
export async function lockShipmentByTrackingNumber(
  tx: Queryable,
  trackingNumber: string,
): Promise<ShipmentRow | undefined> {
  const [shipment] = await tx.query<ShipmentRow>(
    `SELECT ${COLUMNS} FROM logistics.shipments WHERE tracking_number = $1 FOR UPDATE`,
    [trackingNumber],
  );
  return shipment;
}

export interface NewTrackingEvent {
  shipmentId: string;
  occurredAt: Date;
  status: ShipmentRow['status'];
  location: string | null;
  description: string | null;
}

export async function insertTrackingEvent(tx: Queryable, event: NewTrackingEvent): Promise<void> {
  await tx.query(
    `INSERT INTO logistics.tracking_events (id, shipment_id, occurred_at, status, location, description)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [`tev_${randomUUID()}`, event.shipmentId, event.occurredAt, event.status, event.location, event.description],
  );
}

/**
 * Moves the shipment to `status` at `now`: DELIVERED stamps the delivery, the first IN_TRANSIT the dispatch.
 * Returns the new row; undefined when it is gone.
 */
export async function moveShipment(
  tx: Queryable,
  shipmentId: string,
  status: ShipmentRow['status'],
  now: Date,
): Promise<ShipmentRow | undefined> {
  const [updated] = await tx.query<ShipmentRow>(
    `UPDATE logistics.shipments
        SET status = $2,
            delivered_at = CASE WHEN $2 = 'DELIVERED' THEN $3::timestamptz ELSE delivered_at END,
            shipped_at = CASE WHEN $2 = 'IN_TRANSIT' AND shipped_at IS NULL THEN $3::timestamptz ELSE shipped_at END
      WHERE id = $1
      RETURNING ${COLUMNS}`,
    [shipmentId, status, now],
  );
  return updated;
}
