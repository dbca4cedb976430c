import type { SubgraphName } from '../../subgraphs/shared/catalog';
import type { Db } from '../../subgraphs/shared/db';

const MAX_LISTED = 50;

/**
 * Checks what no foreign key can, because each subgraph has its own database: every reference from one system to
 * another points at a record that exists there and belongs to the same customer. Reads the ids from each database
 * and compares them in memory. Returns one line per problem (at most 50, then a count), [] when all is well.
 */
export async function verifyCoherence(dbs: Record<SubgraphName, Db>): Promise<string[]> {
  const [customers, orders, lineSkus, products, shipments, tickets] = await Promise.all([
    dbs.crm.query<{ id: string }>('SELECT id FROM crm.customers'),
    dbs.orders.query<{ id: string; customerId: string }>('SELECT id, customer_id AS "customerId" FROM orders.orders'),
    dbs.orders.query<{ sku: string }>('SELECT DISTINCT sku FROM orders.order_lines'),
    dbs.inventory.query<{ sku: string }>('SELECT sku FROM inventory.products'),
    dbs.logistics.query<{ id: string; orderId: string; customerId: string }>(
      'SELECT id, order_id AS "orderId", customer_id AS "customerId" FROM logistics.shipments',
    ),
    dbs.tickets.query<{ id: string; customerId: string; orderId: string | null; shipmentId: string | null }>(
      'SELECT id, customer_id AS "customerId", order_id AS "orderId", shipment_id AS "shipmentId" FROM tickets.tickets',
    ),
  ]);
  const problems: string[] = [];
  const customerIds = new Set(customers.map((row) => row.id));
  const orderCustomer = new Map(orders.map((row) => [row.id, row.customerId]));
  const skus = new Set(products.map((row) => row.sku));
  const shipmentById = new Map(shipments.map((row) => [row.id, row]));

  for (const order of orders) {
    if (!customerIds.has(order.customerId))
      problems.push(`orders.orders ${order.id}: customer ${order.customerId} is not in crm.customers`);
  }
  for (const { sku } of lineSkus) {
    if (!skus.has(sku)) problems.push(`orders.order_lines: product ${sku} is not in inventory.products`);
  }
  for (const shipment of shipments) {
    const owner = orderCustomer.get(shipment.orderId);
    if (owner === undefined)
      problems.push(`logistics.shipments ${shipment.id}: order ${shipment.orderId} is not in orders.orders`);
    else if (owner !== shipment.customerId) {
      problems.push(
        `logistics.shipments ${shipment.id}: addressed to ${shipment.customerId} but order ${shipment.orderId} belongs to ${owner}`,
      );
    }
  }
  for (const ticket of tickets) {
    if (!customerIds.has(ticket.customerId))
      problems.push(`tickets.tickets ${ticket.id}: customer ${ticket.customerId} is not in crm.customers`);
    if (ticket.orderId !== null) {
      const owner = orderCustomer.get(ticket.orderId);
      if (owner === undefined)
        problems.push(`tickets.tickets ${ticket.id}: order ${ticket.orderId} is not in orders.orders`);
      else if (owner !== ticket.customerId)
        problems.push(
          `tickets.tickets ${ticket.id}: order ${ticket.orderId} belongs to ${owner}, not ${ticket.customerId}`,
        );
    }
    if (ticket.shipmentId !== null) {
      const shipment = shipmentById.get(ticket.shipmentId);
      if (!shipment)
        problems.push(`tickets.tickets ${ticket.id}: shipment ${ticket.shipmentId} is not in logistics.shipments`);
      else {
        if (shipment.customerId !== ticket.customerId) {
          problems.push(
            `tickets.tickets ${ticket.id}: shipment ${ticket.shipmentId} is addressed to ${shipment.customerId}, not ${ticket.customerId}`,
          );
        }
        if (ticket.orderId !== null && shipment.orderId !== ticket.orderId) {
          problems.push(
            `tickets.tickets ${ticket.id}: shipment ${ticket.shipmentId} belongs to order ${shipment.orderId}, not ${ticket.orderId}`,
          );
        }
      }
    }
  }
  problems.push(...(await missingReferences(dbs, customerIds, orders, shipments)));
  if (problems.length <= MAX_LISTED) return problems;
  return [...problems.slice(0, MAX_LISTED), `… and ${problems.length - MAX_LISTED} more problems`];
}

/** The tickets database's copy of the owners' ids (tickets migration 006) must hold every one, with its owner. */
async function missingReferences(
  dbs: Record<SubgraphName, Db>,
  customerIds: Set<string>,
  orders: { id: string; customerId: string }[],
  shipments: { id: string; orderId: string; customerId: string }[],
): Promise<string[]> {
  const [customerRefs, orderRefs, shipmentRefs] = await Promise.all([
    dbs.tickets.query<{ id: string }>('SELECT customer_id AS id FROM tickets.customer_refs'),
    dbs.tickets.query<{ id: string }>(`SELECT order_id || '/' || customer_id AS id FROM tickets.order_refs`),
    dbs.tickets.query<{ id: string }>(
      `SELECT shipment_id || '/' || order_id || '/' || customer_id AS id FROM tickets.shipment_refs`,
    ),
  ]);
  const known = (rows: { id: string }[]) => new Set(rows.map((row) => row.id));
  const [customers, ofOrders, ofShipments] = [known(customerRefs), known(orderRefs), known(shipmentRefs)];
  const problems: string[] = [];
  for (const id of customerIds)
    if (!customers.has(id)) problems.push(`tickets.customer_refs: customer ${id} is missing`);
  for (const order of orders) {
    if (!ofOrders.has(`${order.id}/${order.customerId}`))
      problems.push(`tickets.order_refs: order ${order.id} of ${order.customerId} is missing`);
  }
  for (const shipment of shipments) {
    if (!ofShipments.has(`${shipment.id}/${shipment.orderId}/${shipment.customerId}`))
      problems.push(`tickets.shipment_refs: shipment ${shipment.id} of ${shipment.orderId} is missing`);
  }
  return problems;
}
