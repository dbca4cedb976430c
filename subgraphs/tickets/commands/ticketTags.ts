import { entityTag } from '../../../platform/changeEvents';
import type { TicketRow } from '../data/rows';

/**
 * The entities a change to `ticket` changes for readers of the graph: the ticket (by both keys), its customer
 * (`Customer.tickets`, the timeline's ticket activity), and the order and shipment it is about (`Order.tickets`,
 * `Shipment.tickets`). The gateways' entity caches drop every answer that shows any of them.
 */
export function ticketTags(ticket: TicketRow): string[] {
  return [
    entityTag('Ticket', { id: ticket.id }),
    entityTag('Ticket', { number: ticket.number }),
    entityTag('Customer', { id: ticket.customerId }),
    ...(ticket.orderId ? [entityTag('Order', { id: ticket.orderId })] : []),
    ...(ticket.shipmentId ? [entityTag('Shipment', { id: ticket.shipmentId })] : []),
  ];
}
