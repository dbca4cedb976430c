import { pay, refund } from '../orderStory';
import type { CustomerRow, OrderRow } from '../rows';
import { SCENARIO } from '../scenarioIds';
import type { StoryContext } from '../storyContext';
import { DAY, HOUR, MINUTE } from '../time';
import { scenarioWriter } from './scenarioWriter';

const S = SCENARIO.tom;
const PRICE = 24_900;

/**
 * Tom Becker was charged twice for one order (two CAPTURED card payments). Customer care consulted billing in a
 * side-thread of the same ticket (a CONSULT: the ticket stayed with customer care), billing confirmed, the duplicate
 * was refunded and the ticket resolved.
 */
export function tom(ctx: StoryContext): CustomerRow {
  const w = scenarioWriter(ctx);
  const care = w.agent('customer_care', 1);
  const billing = w.agent('billing', 0);
  const customer: CustomerRow = {
    id: S.customerId,
    name: S.name,
    email: S.email,
    phone: S.phone,
    tier: 'SILVER',
    preferred_channel: 'EMAIL',
    created_at: w.at(-200 * DAY),
  };
  ctx.rows.customers.push(customer);
  w.claim('order', S.orderId);
  w.claim('shipment', S.shipmentId);
  w.claim('ticket', S.ticketId);
  w.address(customer, 1, 'Home', 'Bergstrasse 5', '20095', 'Hamburg');

  const order: OrderRow = {
    id: S.orderId,
    number: S.orderNumber,
    customer_id: customer.id,
    status: 'DELIVERED',
    currency: 'EUR',
    total_minor: PRICE,
    placed_at: w.at(-14 * DAY),
    cancelled_at: null,
  };
  ctx.rows.orders.push(order);
  ctx.rows.orderLines.push({
    id: ctx.ids.row('line'),
    order_id: order.id,
    position: 1,
    sku: 'SKU-0003',
    quantity: 1,
    unit_price_minor: PRICE,
  });
  // the payment provider timed out and retried: the card was captured twice, a minute apart
  pay(ctx, order, 'CARD', 'CAPTURED', w.at(-14 * DAY + 2 * MINUTE));
  pay(ctx, order, 'CARD', 'CAPTURED', w.at(-14 * DAY + 3 * MINUTE));

  ctx.rows.shipments.push({
    id: S.shipmentId,
    tracking_number: S.trackingNumber,
    order_id: order.id,
    customer_id: customer.id,
    carrier: 'DPD',
    status: 'DELIVERED',
    created_at: w.at(-13 * DAY),
    shipped_at: w.at(-13 * DAY + 4 * HOUR),
    estimated_delivery_at: w.at(-12 * DAY + 8 * HOUR),
    delivered_at: w.at(-12 * DAY + 6 * HOUR),
  });
  w.trackingEvent(S.shipmentId, -13 * DAY, 'LABEL_CREATED', 'Hamburg warehouse', 'Shipping label created');
  w.trackingEvent(S.shipmentId, -13 * DAY + 4 * HOUR, 'IN_TRANSIT', 'Hamburg warehouse', 'Picked up by DPD');
  w.trackingEvent(S.shipmentId, -12 * DAY - 12 * HOUR, 'IN_TRANSIT', 'Hanover hub', 'Arrived at Hanover hub');
  w.trackingEvent(S.shipmentId, -12 * DAY + 2 * HOUR, 'OUT_FOR_DELIVERY', 'Hamburg delivery base', 'Out for delivery');
  w.trackingEvent(S.shipmentId, -12 * DAY + 6 * HOUR, 'DELIVERED', 'Hamburg', 'Delivered to the recipient');

  const opened = -6 * DAY;
  const resolved = -2 * DAY + 30 * MINUTE;
  ctx.rows.tickets.push({
    id: S.ticketId,
    number: S.ticketNumber,
    customer_id: customer.id,
    order_id: order.id,
    shipment_id: null,
    subject: `Charged twice for ${S.orderNumber}`,
    category: 'BILLING',
    channel: 'EMAIL',
    priority: 'NORMAL',
    status: 'RESOLVED',
    team_code: 'customer_care',
    assignee_id: care.id,
    created_at: w.at(opened),
    first_response_due_at: w.at(opened + 24 * HOUR),
    first_responded_at: w.at(opened + 3 * HOUR),
    sla_due_at: w.at(opened + 72 * HOUR),
    resolved_at: w.at(resolved),
    reopen_count: 0,
  });
  const t = S.ticketId;
  w.message(
    t,
    opened,
    'EMAIL',
    'INBOUND',
    customer,
    `Hello, my card statement shows two charges of 249.00 EUR for ${S.orderNumber}. I only ordered one pair of headphones. Please refund one.`,
  );
  w.message(
    t,
    opened + 3 * HOUR,
    'EMAIL',
    'OUTBOUND',
    care,
    'Hi Tom, sorry about that. I have asked our billing team to check both payments and will come back to you.',
  );
  ctx.rows.handoffs.push({
    id: ctx.ids.row('handoff'),
    ticket_id: t,
    kind: 'CONSULT',
    from_team_code: 'customer_care',
    to_team_code: 'billing',
    reason: `Customer charged twice for ${S.orderNumber}; please confirm and refund the duplicate`,
    by_agent_id: care.id,
    at: w.at(opened + 3 * HOUR + 5 * MINUTE),
  });
  w.message(
    t,
    opened + 3 * HOUR + 6 * MINUTE,
    null,
    'INTERNAL',
    care,
    `Billing: two CAPTURED card payments of 249.00 EUR on ${S.orderNumber}, a minute apart. A duplicate? Can you refund one?`,
    'billing',
  );
  w.message(t, -4 * DAY, 'EMAIL', 'INBOUND', customer, 'Any news? It is a lot of money to have twice on my card.');
  w.message(
    t,
    -4 * DAY + 1 * HOUR,
    'EMAIL',
    'OUTBOUND',
    care,
    'Still with billing, Tom; you will hear from us within two days.',
  );
  w.message(
    t,
    -3 * DAY,
    null,
    'INTERNAL',
    billing,
    'Confirmed: the provider retried after a timeout and captured twice. Refund of the second capture (249.00 EUR) scheduled.',
    'billing',
  );
  refund(ctx, order, PRICE, 'Duplicate card payment refunded', w.at(-2 * DAY));
  w.message(
    t,
    -2 * DAY + 20 * MINUTE,
    'EMAIL',
    'OUTBOUND',
    care,
    'Hi Tom, the duplicate payment of 249.00 EUR has been refunded; it reaches your card within 3 to 5 working days.',
  );
  return customer;
}
