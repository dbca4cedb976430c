import { groupByKey } from '../../shared';
import type { Queryable } from '../../shared';
import type { ShipmentRow } from './rows';

const SHIPMENT_COLUMNS = `id, tracking_number AS "trackingNumber", order_id AS "orderId", customer_id AS "customerId",
  carrier, status, created_at AS "createdAt", shipped_at AS "shippedAt",
  estimated_delivery_at AS "estimatedDeliveryAt", delivered_at AS "deliveredAt"`;

/** Batch reads of `logistics.shipments`. */
export interface ShipmentRepository {
  /**
   * One row per id, in key order, `null` where no shipment has it: callers decide what a missing shipment means
   * (a root lookup fails with NOT_FOUND, an entity reference resolves to null).
   */
  findByIds(ids: readonly string[]): Promise<(ShipmentRow | null)[]>;
  /** As findByIds, by normalized (upper-case, no spaces) tracking number. */
  findByTrackingNumbers(trackingNumbers: readonly string[]): Promise<(ShipmentRow | null)[]>;
  /** The shipments of each order (an empty list when it has none), oldest first. */
  findByOrderIds(orderIds: readonly string[]): Promise<ShipmentRow[][]>;
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
        `SELECT ${SHIPMENT_COLUMNS} FROM logistics.shipments WHERE id = ANY($1::text[])`,
        [ids],
      );
      return inKeyOrder(ids, rows, (row) => row.id);
    },
    async findByTrackingNumbers(trackingNumbers) {
      const rows = await db.query<ShipmentRow>(
        `SELECT ${SHIPMENT_COLUMNS} FROM logistics.shipments WHERE tracking_number = ANY($1::text[])`,
        [trackingNumbers],
      );
      return inKeyOrder(trackingNumbers, rows, (row) => row.trackingNumber);
    },
    async findByOrderIds(orderIds) {
      const rows = await db.query<ShipmentRow>(
        `SELECT ${SHIPMENT_COLUMNS} FROM logistics.shipments
          WHERE order_id = ANY($1::text[])
          ORDER BY order_id, created_at, id`,
        [orderIds],
      );
      return groupByKey(orderIds, rows, (row) => row.orderId);
    },
  };
}
