import type { SubgraphName } from '../../subgraphs/shared/catalog';
import type { Db } from '../../subgraphs/shared/db';

const MAX_LISTED = 50;

/**
 * Checks what no foreign key can, because each subgraph has its own database: every reference from one system to
 * another points at a record that exists there and belongs to the same customer, and what the tickets database
 * copied from the others (ids, skus, carriers) matches them. Reads the ids from each database and compares them in
 * memory. Returns one line per problem (at most 50, then a count), [] when all is well.
 */
export async function verifyCoherence(dbs: Record<SubgraphName, Db>): Promise<string[]> {
  const [customers, orders, orderSkus, products, shipments, tickets] = await Promise.all([
    dbs.crm.query<{ id: string }>('SELECT id FROM crm.customers'),
    dbs.orders.query<{ id: string; customerId: string }>('SELECT id, customer_id AS "customerId" FROM orders.orders'),
    dbs.orders.query<{ orderId: string; sku: string }>(
      'SELECT DISTINCT order_id AS "orderId", sku FROM orders.order_lines',
    ),
    dbs.inventory.query<{ sku: string }>('SELECT sku FROM inventory.products'),
    dbs.logistics.query<{ id: string; orderId: string; customerId: string; carrier: string }>(
      'SELECT id, order_id AS "orderId", customer_id AS "customerId", carrier FROM logistics.shipments',
    ),
    dbs.tickets.query<TicketFacts & { customerId: string }>(
      `SELECT id, customer_id AS "customerId", order_id AS "orderId", shipment_id AS "shipmentId",
              order_skus AS "orderSkus", shipment_carrier AS "shipmentCarrier"
         FROM tickets.tickets`,
    ),
  ]);
  const problems: string[] = [];
  const customerIds = new Set(customers.map((row) => row.id));
  const orderCustomer = new Map(orders.map((row) => [row.id, row.customerId]));
  const skus = new Set(products.map((row) => row.sku));
  const shipmentById = new Map(shipments.map((row) => [row.id, row]));
  const skusByOrder = new Map<string, string[]>();
  for (const { orderId, sku } of orderSkus) skusByOrder.set(orderId, [...(skusByOrder.get(orderId) ?? []), sku]);

  for (const order of orders) {
    if (!customerIds.has(order.customerId))
      problems.push(`orders.orders ${order.id}: customer ${order.customerId} is not in crm.customers`);
  }
  for (const sku of new Set(orderSkus.map((row) => row.sku))) {
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
  problems.push(...(await missingReferences(dbs, customerIds, orders, shipments, orderSkus)));
  problems.push(...wrongTicketFacts(tickets, skusByOrder, shipmentById));
  if (problems.length <= MAX_LISTED) return problems;
  return [...problems.slice(0, MAX_LISTED), `… and ${problems.length - MAX_LISTED} more problems`];
}

/**
 * The tickets database's copy of the owners' ids (tickets migration 006) must hold every one, with its owner, and
 * the facts the complaint KPIs count by (migration 010): each shipment's carrier and each order's distinct skus.
 */
async function missingReferences(
  dbs: Record<SubgraphName, Db>,
  customerIds: Set<string>,
  orders: { id: string; customerId: string }[],
  shipments: { id: string; orderId: string; customerId: string; carrier: string }[],
  orderSkus: { orderId: string; sku: string }[],
): Promise<string[]> {
  const [customerRefs, orderRefs, shipmentRefs, refSkus] = await Promise.all([
    dbs.tickets.query<{ id: string }>('SELECT customer_id AS id FROM tickets.customer_refs'),
    dbs.tickets.query<{ id: string }>(`SELECT order_id || '/' || customer_id AS id FROM tickets.order_refs`),
    dbs.tickets.query<{ id: string }>(
      `SELECT shipment_id || '/' || order_id || '/' || customer_id || '/' || coalesce(carrier, '-') AS id
         FROM tickets.shipment_refs`,
    ),
    dbs.tickets.query<{ id: string }>(`SELECT order_id || '/' || sku AS id FROM tickets.order_ref_skus`),
  ]);
  const known = (rows: { id: string }[]) => new Set(rows.map((row) => row.id));
  const [customers, ofOrders, ofShipments, skus] = [
    known(customerRefs),
    known(orderRefs),
    known(shipmentRefs),
    known(refSkus),
  ];
  const problems: string[] = [];
  for (const id of customerIds)
    if (!customers.has(id)) problems.push(`tickets.customer_refs: customer ${id} is missing`);
  for (const order of orders) {
    if (!ofOrders.has(`${order.id}/${order.customerId}`))
      problems.push(`tickets.order_refs: order ${order.id} of ${order.customerId} is missing`);
  }
  for (const shipment of shipments) {
    if (!ofShipments.has(`${shipment.id}/${shipment.orderId}/${shipment.customerId}/${shipment.carrier}`))
      problems.push(
        `tickets.shipment_refs: shipment ${shipment.id} of ${shipment.orderId} (${shipment.carrier}) is missing`,
      );
  }
  for (const { orderId, sku } of orderSkus) {
    if (!skus.has(`${orderId}/${sku}`)) problems.push(`tickets.order_ref_skus: ${orderId} with ${sku} is missing`);
  }
  return problems;
}

interface TicketFacts {
  id: string;
  orderId: string | null;
  shipmentId: string | null;
  orderSkus: string[] | null;
  shipmentCarrier: string | null;
}

/** Each ticket must carry the distinct skus of its order and the carrier of its shipment (tickets migration 011). */
function wrongTicketFacts(
  tickets: TicketFacts[],
  skusByOrder: Map<string, string[]>,
  shipmentById: Map<string, { carrier: string }>,
): string[] {
  const listed = (skus: readonly string[] | null | undefined) => (skus ? [...skus].sort().join(', ') : 'none');
  const problems: string[] = [];
  for (const ticket of tickets) {
    const skus = ticket.orderId === null ? null : skusByOrder.get(ticket.orderId);
    if (listed(ticket.orderSkus) !== listed(skus))
      problems.push(`tickets.tickets ${ticket.id}: order skus ${listed(ticket.orderSkus)}, not ${listed(skus)}`);
    const carrier = ticket.shipmentId === null ? null : (shipmentById.get(ticket.shipmentId)?.carrier ?? null);
    if (ticket.shipmentCarrier !== carrier)
      problems.push(`tickets.tickets ${ticket.id}: shipment carrier ${ticket.shipmentCarrier}, not ${carrier}`);
  }
  return problems;
}
