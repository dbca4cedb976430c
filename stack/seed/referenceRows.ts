import type { SeedRows } from './rows';

/**
 * Adds the tickets subgraph's copy of the batch's customer, order and shipment ids (tickets migration 006), so
 * openTicket knows them the moment the owners' rows exist: generated with the batch, written in the same step.
 */
export function addReferenceRows(rows: SeedRows): void {
  for (const customer of rows.customers) rows.customerRefs.push({ customer_id: customer.id });
  for (const order of rows.orders) rows.orderRefs.push({ order_id: order.id, customer_id: order.customer_id });
  for (const shipment of rows.shipments) {
    rows.shipmentRefs.push({
      shipment_id: shipment.id,
      order_id: shipment.order_id,
      customer_id: shipment.customer_id,
    });
  }
}
