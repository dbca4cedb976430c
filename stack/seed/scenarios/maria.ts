import { pay } from '../orderStory';
import type { CustomerRow, OrderRow } from '../rows';
import { SCENARIO } from '../scenarioIds';
import type { StoryContext } from '../storyContext';
import { DAY, HOUR, MINUTE } from '../time';
import { scenarioWriter } from './scenarioWriter';

const S = SCENARIO.maria;

/**
 * Maria Keller (GOLD, prefers chat). Her DHL parcel stalled at the Leipzig hub and was declared lost. She asked on
 * chat, again by e-mail, then called; customer care transferred the ticket to the logistics desk, where it is still
 * open and past its SLA. Without the 360 view each agent saw one channel and one system.
 */
export function maria(ctx: StoryContext): CustomerRow {
  const w = scenarioWriter(ctx);
  const care = w.agent('customer_care', 0);
  const logistics = w.agent('logistics_desk', 0);
  const customer: CustomerRow = {
    id: S.customerId,
    name: S.name,
    email: S.email,
    phone: S.phone,
    tier: 'GOLD',
    preferred_channel: 'CHAT',
    created_at: w.at(-420 * DAY),
  };
  ctx.rows.customers.push(customer);
  w.claim('order', S.orderId);
  w.claim('shipment', S.shipmentId);
  w.claim('ticket', S.ticketId);
  w.address(customer, 1, 'Home', 'Kastanienallee 12', '10435', 'Berlin');
  w.address(customer, 2, 'Work', 'Friedrichstrasse 100', '10117', 'Berlin');

  const order: OrderRow = {
    id: S.orderId,
    number: S.orderNumber,
    customer_id: customer.id,
    status: 'SHIPPED',
    currency: 'EUR',
    total_minor: 12_990 + 2 * 2_490,
    placed_at: w.at(-8 * DAY),
    cancelled_at: null,
  };
  ctx.rows.orders.push(order);
  ctx.rows.orderLines.push(
    {
      id: ctx.ids.row('line'),
      order_id: order.id,
      position: 1,
      sku: 'SKU-0007',
      quantity: 1,
      unit_price_minor: 12_990,
    },
    { id: ctx.ids.row('line'), order_id: order.id, position: 2, sku: 'SKU-0019', quantity: 2, unit_price_minor: 2_490 },
  );
  pay(ctx, order, 'CARD', 'CAPTURED', w.at(-8 * DAY + 3 * MINUTE));

  ctx.rows.shipments.push({
    id: S.shipmentId,
    tracking_number: S.trackingNumber,
    order_id: order.id,
    customer_id: customer.id,
    carrier: 'DHL',
    status: 'LOST',
    created_at: w.at(-7 * DAY - 4 * HOUR),
    shipped_at: w.at(-7 * DAY + 2 * HOUR),
    estimated_delivery_at: w.at(-5 * DAY),
    delivered_at: null,
  });
  w.trackingEvent(S.shipmentId, -7 * DAY - 4 * HOUR, 'LABEL_CREATED', 'Berlin warehouse', 'Shipping label created');
  w.trackingEvent(S.shipmentId, -7 * DAY + 2 * HOUR, 'IN_TRANSIT', 'Berlin warehouse', 'Picked up by DHL');
  w.trackingEvent(S.shipmentId, -6 * DAY - 10 * HOUR, 'IN_TRANSIT', 'Leipzig hub', 'Arrived at Leipzig hub');
  w.trackingEvent(
    S.shipmentId,
    -4 * DAY,
    'EXCEPTION',
    'Leipzig hub',
    'No scan since Leipzig hub; carrier investigation opened',
  );
  w.trackingEvent(S.shipmentId, -1 * DAY - 6 * HOUR, 'LOST', 'Leipzig hub', 'Lost in transit at Leipzig hub');

  const opened = -3 * DAY;
  ctx.rows.tickets.push({
    id: S.ticketId,
    number: S.ticketNumber,
    customer_id: customer.id,
    order_id: order.id,
    shipment_id: S.shipmentId,
    subject: `Parcel for ${S.orderNumber} has not arrived`,
    category: 'DELIVERY',
    channel: 'CHAT',
    priority: 'HIGH',
    status: 'OPEN',
    team_code: 'logistics_desk',
    assignee_id: logistics.id,
    created_at: w.at(opened),
    first_response_due_at: w.at(opened + 4 * HOUR),
    first_responded_at: w.at(opened + 6 * MINUTE),
    sla_due_at: w.at(opened + 24 * HOUR),
    resolved_at: null,
    reopen_count: 0,
  });
  const t = S.ticketId;
  w.message(
    t,
    opened,
    'CHAT',
    'INBOUND',
    customer,
    `Hi, my order ${S.orderNumber} should have arrived two days ago. Tracking ${S.trackingNumber} has said "Leipzig hub" for days.`,
  );
  w.message(
    t,
    opened + 6 * MINUTE,
    'CHAT',
    'OUTBOUND',
    care,
    'Hi Maria, I can see the parcel stuck at the Leipzig hub. I have asked DHL to investigate and will get back to you.',
  );
  w.message(
    t,
    -2 * DAY + 1 * HOUR,
    'EMAIL',
    'INBOUND',
    customer,
    'Still nothing, and nobody got back to me on the chat. I need the running shoes for a race on Saturday.',
  );
  w.message(
    t,
    -2 * DAY + 3 * HOUR,
    'EMAIL',
    'OUTBOUND',
    care,
    'Dear Maria, DHL is still investigating. As soon as we hear from them we will let you know.',
  );
  w.message(
    t,
    -1 * DAY - 4 * HOUR,
    'PHONE',
    'INBOUND',
    customer,
    '(Call) DHL just told me the parcel is lost. I need a replacement before Saturday, not a refund.',
  );
  w.message(
    t,
    -1 * DAY - 3 * HOUR - 50 * MINUTE,
    null,
    'INTERNAL',
    care,
    `DHL declared ${S.trackingNumber} lost. Transferring to the logistics desk for a replacement shipment.`,
  );
  ctx.rows.handoffs.push({
    id: ctx.ids.row('handoff'),
    ticket_id: t,
    kind: 'TRANSFER',
    from_team_code: 'customer_care',
    to_team_code: 'logistics_desk',
    reason: 'DHL declared the parcel lost; the logistics desk arranges the replacement shipment',
    by_agent_id: care.id,
    at: w.at(-1 * DAY - 3 * HOUR - 45 * MINUTE),
  });
  w.message(
    t,
    -1 * DAY - 1 * HOUR,
    null,
    'INTERNAL',
    logistics,
    `Claim opened with DHL. Replacement for ${S.orderNumber} to leave BER as soon as the shoes are picked.`,
  );

  ctx.rows.notes.push({
    id: ctx.ids.row('note'),
    customer_id: customer.id,
    author: care.name,
    body: `Parcel for ${S.orderNumber} lost by DHL; priority replacement promised before her race on Saturday. Contacted us on chat, e-mail and phone.`,
    created_at: w.at(-1 * DAY - 3 * HOUR),
  });
  return customer;
}
