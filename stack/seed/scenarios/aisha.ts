import { pay } from '../orderStory';
import type { CustomerRow, OrderRow } from '../rows';
import { SCENARIO } from '../scenarioIds';
import type { StoryContext } from '../storyContext';
import { DAY, HOUR, MINUTE } from '../time';
import { scenarioWriter } from './scenarioWriter';

const S = SCENARIO.aisha;

/**
 * Aisha Rahman paid for an espresso machine nine days ago. It is out of stock in every warehouse (see
 * SOLD_OUT_SKUS in the catalogue), so nothing has shipped, and her question "when does it ship?" waits for an
 * answer only inventory can give.
 */
export function aisha(ctx: StoryContext): CustomerRow {
  const w = scenarioWriter(ctx);
  const care = w.agent('customer_care', 2);
  const product = ctx.catalogue.productBySku.get(S.sku);
  if (!product) throw new Error(`invariant violated: the catalogue lacks ${S.sku}`);
  const customer: CustomerRow = {
    id: S.customerId,
    name: S.name,
    email: S.email,
    phone: S.phone,
    tier: 'STANDARD',
    preferred_channel: 'EMAIL',
    created_at: w.at(-30 * DAY),
  };
  ctx.rows.customers.push(customer);
  w.claim('order', S.orderId);
  w.claim('ticket', S.ticketId);
  w.address(customer, 1, 'Home', 'Schillerstrasse 8', '50667', 'Cologne');

  const order: OrderRow = {
    id: S.orderId,
    number: S.orderNumber,
    customer_id: customer.id,
    status: 'PAID',
    currency: 'EUR',
    total_minor: product.price_minor,
    placed_at: w.at(-9 * DAY),
    cancelled_at: null,
  };
  ctx.rows.orders.push(order);
  ctx.rows.orderLines.push({
    id: ctx.ids.row('line'),
    order_id: order.id,
    position: 1,
    sku: S.sku,
    quantity: 1,
    unit_price_minor: product.price_minor,
  });
  pay(ctx, order, 'PAYPAL', 'CAPTURED', w.at(-9 * DAY + 4 * MINUTE));

  const opened = -1 * DAY - 2 * HOUR;
  ctx.rows.tickets.push({
    id: S.ticketId,
    number: S.ticketNumber,
    customer_id: customer.id,
    order_id: order.id,
    shipment_id: null,
    subject: `When will ${S.orderNumber} ship?`,
    category: 'DELIVERY',
    channel: 'WEB_FORM',
    priority: 'NORMAL',
    status: 'OPEN',
    team_code: 'customer_care',
    assignee_id: care.id,
    created_at: w.at(opened),
    first_response_due_at: w.at(opened + 24 * HOUR),
    first_responded_at: null,
    sla_due_at: w.at(opened + 72 * HOUR),
    resolved_at: null,
    reopen_count: 0,
  });
  w.message(
    S.ticketId,
    opened,
    'WEB_FORM',
    'INBOUND',
    customer,
    `I paid for ${S.orderNumber} nine days ago and it still has not shipped. When will the ${product.name.toLowerCase()} arrive?`,
  );
  w.message(
    S.ticketId,
    -1 * DAY,
    null,
    'INTERNAL',
    care,
    `${S.sku} shows nothing available in BER, HAM, MUC or LEJ. Checking the restock date before answering.`,
  );
  return customer;
}
