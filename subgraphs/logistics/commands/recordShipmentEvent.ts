import { checkIdentifier, ErrorCode, normalizeTrackingNumber, notFound, UserInputError } from '../../shared';
import type { Db } from '../../shared';
import type { RecordShipmentEventInput } from '../__generated__/resolvers-types';
import type { ShipmentRow } from '../data/rows';
import { insertTrackingEvent, lockShipmentByTrackingNumber, moveShipment } from '../data/shipmentStore';

/** A parcel in one of these states is done with: no carrier reports anything about it any more. */
const FINAL = new Set<ShipmentRow['status']>(['DELIVERED', 'RETURNED']);

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
    const shipment = await lockShipmentByTrackingNumber(tx, trackingNumber);
    if (!shipment) throw notFound('shipment', 'trackingNumber', trackingNumber);
    if (FINAL.has(shipment.status)) {
      throw new UserInputError(
        ErrorCode.INVALID_TRANSITION,
        `Shipment ${trackingNumber} is ${shipment.status} already and takes no more events. Check the tracking number.`,
        { argumentName: 'trackingNumber', status: shipment.status },
      );
    }
    await insertTrackingEvent(tx, {
      shipmentId: shipment.id,
      occurredAt: now,
      status: input.status,
      location,
      description,
    });
    const updated = await moveShipment(tx, shipment.id, input.status, now);
    if (!updated) throw notFound('shipment', 'trackingNumber', trackingNumber);
    return updated;
  });
}
