import { randomUUID } from 'node:crypto';
import { checkIdentifier, ErrorCode, normalizeTrackingNumber, notFound, UserInputError } from '../../shared';
import type { Db } from '../../shared';
import type { RecordShipmentEventInput } from '../__generated__/resolvers-types';
import type { ShipmentRow } from '../data/rows';

/** A parcel in one of these states is done with: no carrier reports anything about it any more. */
const FINAL = new Set<ShipmentRow['status']>(['DELIVERED', 'RETURNED']);

const COLUMNS = `id, tracking_number AS "trackingNumber", order_id AS "orderId", customer_id AS "customerId",
  carrier, status, created_at AS "createdAt", shipped_at AS "shippedAt",
  estimated_delivery_at AS "estimatedDeliveryAt", delivered_at AS "deliveredAt"`;

function text(argumentName: string, value: string | null | undefined, max: number, required: boolean) {
  const trimmed = value?.trim() ?? '';
  if ((required && trimmed === '') || trimmed.length > max) {
    throw new UserInputError(
      ErrorCode.BAD_USER_INPUT,
      `${argumentName} must be ${required ? '1' : '0'} to ${max} characters; it has ${trimmed.length}.`,
      { argumentName },
    );
  }
  return trimmed === '' ? null : trimmed;
}

/**
 * Appends a carrier's tracking event to a shipment and moves the shipment to its status, in one transaction (the
 * shipment row is locked, so two reports for one parcel apply one after the other).
 */
export async function recordShipmentEvent(db: Db, input: RecordShipmentEventInput, now: Date): Promise<ShipmentRow> {
  const trackingNumber = checkIdentifier(
    'trackingNumber',
    'trackingNumber',
    input.trackingNumber,
    normalizeTrackingNumber,
  );
  const description = text('description', input.description, 500, true);
  const location = text('location', input.location, 200, false);
  return db.transaction(async (tx) => {
    const [shipment] = await tx.query<ShipmentRow>(
      `SELECT ${COLUMNS} FROM logistics.shipments WHERE tracking_number = $1 FOR UPDATE`,
      [trackingNumber],
    );
    if (!shipment) throw notFound('shipment', 'trackingNumber', trackingNumber);
    if (FINAL.has(shipment.status)) {
      throw new UserInputError(
        ErrorCode.INVALID_TRANSITION,
        `Shipment ${trackingNumber} is ${shipment.status} already and takes no more events. Check the tracking number.`,
        { argumentName: 'trackingNumber', status: shipment.status },
      );
    }
    await tx.query(
      `INSERT INTO logistics.tracking_events (id, shipment_id, occurred_at, status, location, description)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [`tev_${randomUUID()}`, shipment.id, now, input.status, location, description],
    );
    const [updated] = await tx.query<ShipmentRow>(
      `UPDATE logistics.shipments
          SET status = $2,
              delivered_at = CASE WHEN $2 = 'DELIVERED' THEN $3::timestamptz ELSE delivered_at END,
              shipped_at = CASE WHEN $2 = 'IN_TRANSIT' AND shipped_at IS NULL THEN $3::timestamptz ELSE shipped_at END
        WHERE id = $1
        RETURNING ${COLUMNS}`,
      [shipment.id, input.status, now],
    );
    if (!updated) throw notFound('shipment', 'trackingNumber', trackingNumber);
    return updated;
  });
}
