import type { Queryable } from '../../shared';

// The skus and the carrier the copy of the owners' facts (migration 010) holds for an order and a shipment id (an SQL
// expression: a column or a parameter). openTicket's INSERT (ticketStore.ts) and the backfill below both use them,
// so every writer copies the same facts.
export const ORDER_SKUS_OF = (orderId: string) =>
  `(SELECT array_agg(s.sku ORDER BY s.sku) FROM tickets.order_ref_skus s WHERE s.order_id = ${orderId})`;
export const SHIPMENT_CARRIER_OF = (shipmentId: string) =>
  `(SELECT r.carrier FROM tickets.shipment_refs r WHERE r.shipment_id = ${shipmentId})`;

// A ticket lacks a fact the copy holds: its order's skus or its shipment's carrier (migration 011).
const LACKS_FACTS = `
  (x.order_id IS NOT NULL AND x.order_skus IS NULL
   AND EXISTS (SELECT 1 FROM tickets.order_ref_skus s WHERE s.order_id = x.order_id))
  OR (x.shipment_id IS NOT NULL AND x.shipment_carrier IS NULL
      AND EXISTS (SELECT 1 FROM tickets.shipment_refs r WHERE r.shipment_id = x.shipment_id AND r.carrier IS NOT NULL))`;

/** Whether some ticket lacks its order's skus or its shipment's carrier although the copy holds them. */
export async function ticketFactsMissing(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ missing: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM tickets.tickets x WHERE ${LACKS_FACTS}) AS missing`,
  );
  return row?.missing === true;
}

/**
 * Copies its order's skus and its shipment's carrier onto every ticket that lacks them while the copy holds them:
 * tickets written before migration 011, or before the backfill completed the copy. One statement; returns the
 * tickets updated.
 */
export async function copyFactsOntoTickets(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    `WITH updated AS (
       UPDATE tickets.tickets x
          SET order_skus = coalesce(x.order_skus, ${ORDER_SKUS_OF('x.order_id')}),
              shipment_carrier = coalesce(x.shipment_carrier, ${SHIPMENT_CARRIER_OF('x.shipment_id')})
        WHERE ${LACKS_FACTS}
        RETURNING 1
     )
     SELECT count(*)::int AS count FROM updated`,
  );
  return row?.count ?? 0;
}
