import type { Queryable } from '../../shared';

/** What the local copy of the owners' ids (migration 006) knows about a new ticket's references. */
export interface KnownReferences {
  customer: boolean;
  orderCustomerId: string | null;
  shipmentOrderId: string | null;
  shipmentCustomerId: string | null;
}

/**
 * Looks a customer, an order and a shipment up in the local copy of the ids crm, orders and logistics own, in one
 * statement by primary key, so openTicket does not depend on those subgraphs being up.
 */
export async function knownReferences(
  tx: Queryable,
  refs: { customerId: string; orderId: string | null; shipmentId: string | null },
): Promise<KnownReferences | undefined> {
  const [known] = await tx.query<KnownReferences>(
    `SELECT EXISTS (SELECT 1 FROM tickets.customer_refs WHERE customer_id = $1) AS customer,
            (SELECT customer_id FROM tickets.order_refs WHERE order_id = $2) AS "orderCustomerId",
            (SELECT order_id FROM tickets.shipment_refs WHERE shipment_id = $3) AS "shipmentOrderId",
            (SELECT customer_id FROM tickets.shipment_refs WHERE shipment_id = $3) AS "shipmentCustomerId"`,
    [refs.customerId, refs.orderId, refs.shipmentId],
  );
  return known;
}
