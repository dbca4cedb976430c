import { notFound } from '../../shared';
import type { Queryable } from '../../shared';
import { lifecycleErrors } from './lifecycleErrors';
import { knownReferences } from '../data/ticketReferenceRepository';

/** What a new ticket is about: ids other subgraphs own (crm, orders, logistics). */
export interface TicketReferences {
  customerId: string;
  orderId: string | null;
  shipmentId: string | null;
}

/**
 * Refuses a ticket about a customer, order or shipment that does not exist, or about an order or shipment of
 * another customer (or a shipment of another order): NOT_FOUND / BAD_USER_INPUT naming the argument. Reads the
 * local copy of the owners' ids (migration 006) in the command's transaction, one statement by primary key, so
 * openTicket does not depend on crm, orders or logistics being up. Messages never say whose an order is.
 */
export async function checkTicketReferences(tx: Queryable, refs: TicketReferences): Promise<void> {
  const known = await knownReferences(tx, refs);
  if (!known?.customer) throw notFound('customer', 'customerId', refs.customerId);
  if (refs.orderId !== null) {
    if (known.orderCustomerId === null) throw notFound('order', 'orderId', refs.orderId);
    if (known.orderCustomerId !== refs.customerId) {
      throw lifecycleErrors.badInput(
        'orderId',
        `Order ${refs.orderId} is not an order of customer ${refs.customerId}. Pass one of their orders (see Customer.orders), or leave orderId out.`,
      );
    }
  }
  if (refs.shipmentId !== null) {
    if (known.shipmentCustomerId === null) throw notFound('shipment', 'shipmentId', refs.shipmentId);
    if (known.shipmentCustomerId !== refs.customerId) {
      throw lifecycleErrors.badInput(
        'shipmentId',
        `Shipment ${refs.shipmentId} is not a shipment of customer ${refs.customerId}. Pass a shipment of one of their orders (see Order.shipments), or leave shipmentId out.`,
      );
    }
    if (refs.orderId !== null && known.shipmentOrderId !== refs.orderId) {
      throw lifecycleErrors.badInput(
        'shipmentId',
        `Shipment ${refs.shipmentId} does not belong to order ${refs.orderId}. Pass a shipment of that order (see Order.shipments), or leave one of the two out.`,
      );
    }
  }
}
