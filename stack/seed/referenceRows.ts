import type { SeedRows } from './rows';

/**
 * Adds the tickets subgraph's copy of the batch's customer, order and shipment ids (tickets migration 006), so
 * openTicket knows them the moment the owners' rows exist, and of the facts the complaint KPIs count by: each
 * distinct sku of an order, the carrier of a shipment (migration 010), which each ticket of the batch carries for
 * its own order and shipment too (011), as openTicket writes them. Generated with the batch, written in the same
 * step (a customer's tickets are about the customer's own orders, generated in the same batch).
 */
export function addReferenceRows(rows: SeedRows): void {
  for (const customer of rows.customers) rows.customerRefs.push({ customer_id: customer.id });
  for (const order of rows.orders) rows.orderRefs.push({ order_id: order.id, customer_id: order.customer_id });
  const skusOf = new Map<string, Set<string>>();
  for (const line of rows.orderLines) skusOf.set(line.order_id, (skusOf.get(line.order_id) ?? new Set()).add(line.sku));
  for (const [orderId, skus] of skusOf) for (const sku of skus) rows.orderRefSkus.push({ order_id: orderId, sku });
  for (const shipment of rows.shipments) {
    rows.shipmentRefs.push({
      shipment_id: shipment.id,
      order_id: shipment.order_id,
      customer_id: shipment.customer_id,
      carrier: shipment.carrier,
    });
  }
  const carrierOf = new Map(rows.shipments.map((shipment) => [shipment.id, shipment.carrier]));
  for (const ticket of rows.tickets) {
    const skus = ticket.order_id === null ? undefined : skusOf.get(ticket.order_id);
    ticket.order_skus = skus ? [...skus].sort() : null;
    ticket.shipment_carrier = ticket.shipment_id === null ? null : (carrierOf.get(ticket.shipment_id) ?? null);
  }
}
