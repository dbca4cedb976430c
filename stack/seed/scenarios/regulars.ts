import { placeOrder } from '../orderStory';
import type { OrderFate, PlacedOrder } from '../orderStory';
import type { CustomerRow, TicketCategory } from '../rows';
import { SCENARIO } from '../scenarioIds';
import type { StoryContext } from '../storyContext';
import { openTicket } from '../ticketStory';
import { DAY, HOUR, MINUTE, plus } from '../time';
import { scenarioWriter } from './scenarioWriter';

/** Lena Vogel: exactly two delivered orders with their parcels and one resolved return ticket. */
export function lena(ctx: StoryContext): CustomerRow {
  const S = SCENARIO.lena;
  const w = scenarioWriter(ctx);
  const customer: CustomerRow = {
    id: S.customerId,
    name: S.name,
    email: S.email,
    phone: S.phone,
    tier: 'STANDARD',
    preferred_channel: 'CHAT',
    created_at: w.at(-300 * DAY),
  };
  ctx.rows.customers.push(customer);
  w.address(customer, 1, 'Home', 'Rosenweg 3', '04109', 'Leipzig');
  const route = { fromCity: 'Leipzig', toCity: 'Leipzig' };
  // one line each, so neither order is split into two parcels: exactly one shipment per order
  const orders = [w.at(-60 * DAY), w.at(-12 * DAY)].map((placedAt) =>
    placeOrder(ctx, customer, { placedAt, fate: 'DELIVERED', maxLines: 1, route }),
  );
  const second = orders[1] as PlacedOrder;
  const ticket = openTicket(ctx, customer, {
    createdAt: plus(second.order.placed_at, 4 * DAY),
    category: 'RETURN',
    order: second.order,
    shipment: second.shipments[0] ?? null,
    status: 'RESOLVED',
    channel: 'CHAT',
    priority: 'NORMAL',
    // the same kinds of records as Jonas's tickets, so the N+1 test compares counts, not shapes
    handoff: 'TRANSFER',
  });
  // Texts that name her own e-mail, phone and street, as customers and agents write them: masked for analysts
  // (issue 9; test/integration/piiFreeText.test.ts). Her street without a house number only her own values catch.
  ticket.subject = `Return pick-up at Rosenweg 3, call 0151 1234 5675`;
  w.message(
    ticket.id,
    ticket.created_at.getTime() - ctx.asOf.getTime() + 20 * MINUTE,
    'CHAT',
    'INBOUND',
    customer,
    'The courier could not find Rosenweg, please call me on +49 151 12345675 or write to lena.vogel@example.com.',
  );
  ctx.rows.notes.push({
    id: ctx.ids.row('note'),
    customer_id: customer.id,
    author: w.agent('customer_care', 0).name,
    body: 'Pick-ups at Rosenweg 3 fail when she is out: call 0151-1234-5675 first (lena.vogel@example.com for labels).',
    created_at: plus(ticket.created_at, HOUR),
  });
  return customer;
}

/** Jonas Weber: five years of orders, exactly 50 of them (1 to 3 lines, most delivered), and four tickets. */
export function jonas(ctx: StoryContext): CustomerRow {
  const S = SCENARIO.jonas;
  const w = scenarioWriter(ctx);
  const customer: CustomerRow = {
    id: S.customerId,
    name: S.name,
    email: S.email,
    phone: S.phone,
    tier: 'PLATINUM',
    preferred_channel: 'EMAIL',
    created_at: w.at(-5 * 365 * DAY),
  };
  ctx.rows.customers.push(customer);
  w.address(customer, 1, 'Home', 'Mozartstrasse 21', '80336', 'Munich');
  w.address(customer, 2, 'Work', 'Seestrasse 4', '80802', 'Munich');
  const fates: readonly (readonly [OrderFate, number])[] = [
    ['DELIVERED', 92],
    ['DAMAGED', 4],
    ['RETURNED', 2],
    ['CANCELLED', 2],
  ];
  const orders: PlacedOrder[] = [];
  for (let i = 0; i < S.orderCount; i++) {
    // roughly every five weeks, the last one three days ago (still on its way)
    const placedAt = w.at(-(S.orderCount - i) * 36 * DAY + 33 * DAY + ctx.r.int(0, 20) * HOUR);
    const fate = ctx.r.weighted(fates);
    orders.push(
      placeOrder(ctx, customer, { placedAt, fate, maxLines: 3, route: { fromCity: 'Munich', toCity: 'Munich' } }),
    );
  }
  const topics: readonly (readonly [number, TicketCategory])[] = [
    [10, 'PRODUCT_DEFECT'],
    [30, 'RETURN'],
    [45, 'BILLING'],
    [49, 'DELIVERY'],
  ];
  for (const [index, category] of topics) {
    const placed = orders[index] as PlacedOrder;
    openTicket(ctx, customer, {
      createdAt: plus(placed.order.placed_at, 2 * DAY),
      category,
      order: placed.order,
      shipment: category === 'BILLING' ? null : (placed.shipments[0] ?? null),
    });
  }
  return customer;
}

/** Older, uneventful orders for Maria and Tom, so their histories do not start with the trouble. */
export function history(ctx: StoryContext, customer: CustomerRow, daysAgo: readonly number[], toCity: string): void {
  const w = scenarioWriter(ctx);
  for (const days of daysAgo) {
    placeOrder(ctx, customer, {
      placedAt: w.at(-days * DAY),
      fate: 'DELIVERED',
      route: { fromCity: 'Berlin', toCity },
    });
  }
}
