import { placeOrder } from './orderStory';
import type { PlacedOrder } from './orderStory';
import type { AddressRow, CustomerRow, TicketCategory } from './rows';
import type { StoryContext } from './storyContext';
import { openTicket } from './ticketStory';
import { DAY, HOUR, earliest, plus } from './time';
import { ADDRESS_LABELS, CITIES, FIRST_NAMES, LAST_NAMES, NOTE_BODIES, STREETS } from './vocabulary';

// prettier-ignore
const ORDER_COUNTS: readonly (readonly [number, number])[] = [
  [0, 10], [1, 17], [2, 19], [3, 17], [4, 13], [5, 9], [6, 6], [7, 4], [8, 3], [9, 1], [10, 1],
]; // mean 3.1
const TICKET_COUNTS: readonly (readonly [number, number])[] = [
  [0, 68],
  [1, 26],
  [2, 5],
  [3, 1],
]; // mean 0.39

/** A random customer `cus_<n>` with addresses, notes, orders (with parcels) and tickets about some of them. */
export function randomCustomer(ctx: StoryContext, n: number): void {
  const { r, asOf } = ctx;
  const first = r.pick(FIRST_NAMES);
  const last = r.pick(LAST_NAMES);
  const customer: CustomerRow = {
    id: `cus_${n}`,
    name: `${first} ${last}`,
    // the number keeps e-mails unique (a unique index) without a lookup
    email: `${first}.${last}.${n}@example.com`.toLowerCase(),
    // unique too: a fixed-width number after the mobile prefix; scenario numbers use other digits
    phone: r.chance(0.85) ? `+49${r.pick(['15', '16', '17'])}${String(n).padStart(9, '0')}` : null,
    tier: r.weighted([
      ['STANDARD', 60],
      ['SILVER', 25],
      ['GOLD', 11],
      ['PLATINUM', 4],
    ] as const),
    preferred_channel: r.weighted([
      ['EMAIL', 40],
      ['CHAT', 25],
      ['PHONE', 20],
      ['WEB_FORM', 8],
      ['SOCIAL', 7],
    ] as const),
    created_at: r.dateBetween(plus(asOf, -3 * 365 * DAY), plus(asOf, -DAY)),
  };
  ctx.rows.customers.push(customer);
  const home = addAddresses(ctx, customer);

  const noteCount = r.weighted([
    [0, 70],
    [1, 25],
    [2, 5],
  ] as const);
  for (let i = 0; i < noteCount; i++) {
    ctx.rows.notes.push({
      id: ctx.ids.row('note'),
      customer_id: customer.id,
      author: r.pick(ctx.catalogue.agentsByTeam.customer_care).name,
      body: r.pick(NOTE_BODIES),
      created_at: r.dateBetween(customer.created_at, asOf),
    });
  }

  const orderCount = r.weighted(ORDER_COUNTS);
  const placedTimes: Date[] = [];
  for (let i = 0; i < orderCount; i++) {
    // a tenth of the orders are recent, so every status (pending, paid, in transit) shows up in any sample
    const from = r.chance(0.1) ? plus(asOf, -14 * DAY) : customer.created_at;
    placedTimes.push(r.dateBetween(from.getTime() > customer.created_at.getTime() ? from : customer.created_at, asOf));
  }
  placedTimes.sort((a, b) => a.getTime() - b.getTime());
  const orders = placedTimes.map((placedAt) =>
    placeOrder(ctx, customer, {
      placedAt,
      route: { fromCity: r.pick(ctx.catalogue.warehouses).city, toCity: home.city },
    }),
  );

  const ticketCount = r.weighted(TICKET_COUNTS);
  for (let i = 0; i < ticketCount; i++) {
    if (orders.length > 0 && r.chance(0.8)) ticketAboutAnOrder(ctx, customer, orders);
    else {
      const createdAt = r.dateBetween(r.chance(0.3) ? plus(asOf, -14 * DAY) : customer.created_at, asOf);
      openTicket(ctx, customer, {
        createdAt,
        category: r.weighted<TicketCategory>([
          ['ACCOUNT', 60],
          ['OTHER', 40],
        ]),
      });
    }
  }
}

function addAddresses(ctx: StoryContext, customer: CustomerRow): AddressRow {
  const { r } = ctx;
  const count = r.weighted([
    [1, 70],
    [2, 25],
    [3, 5],
  ] as const);
  const labels = [...ADDRESS_LABELS];
  let home: AddressRow | undefined;
  for (let position = 1; position <= count; position++) {
    const [city, postalPrefix, country] = r.pick(CITIES);
    const postalLength = country === 'DE' ? 5 : 4;
    const address: AddressRow = {
      id: ctx.ids.row('address'),
      customer_id: customer.id,
      position,
      label: labels[position - 1] ?? 'Other',
      street: `${r.pick(STREETS)} ${r.int(1, 180)}`,
      postal_code: postalPrefix + r.digits(postalLength - postalPrefix.length),
      city,
      country,
      is_default: position === 1,
    };
    ctx.rows.addresses.push(address);
    home ??= address;
  }
  if (!home) throw new Error('invariant violated: a customer has at least one address');
  return home;
}

/** Troubled orders draw most complaints; the category follows what went wrong. */
function ticketAboutAnOrder(ctx: StoryContext, customer: CustomerRow, orders: PlacedOrder[]): void {
  const { r, asOf } = ctx;
  const placed = r.weighted(orders.map((o) => [o, o.fate === 'DELIVERED' ? 1 : 6] as const));
  const category: TicketCategory =
    placed.fate === 'LOST' || placed.fate === 'RETURNED'
      ? 'DELIVERY'
      : placed.fate === 'DAMAGED'
        ? r.weighted<TicketCategory>([
            ['PRODUCT_DEFECT', 60],
            ['RETURN', 40],
          ])
        : placed.fate === 'CANCELLED' || placed.fate === 'UNPAID'
          ? 'BILLING'
          : r.weighted<TicketCategory>([
              ['DELIVERY', 35],
              ['RETURN', 25],
              ['BILLING', 20],
              ['PRODUCT_DEFECT', 20],
            ]);
  const shipment = category !== 'BILLING' && r.chance(0.8) ? (placed.shipments[0] ?? null) : null;
  const anchor = shipment?.shipped_at ?? placed.order.placed_at;
  const from = plus(anchor, HOUR);
  const to = earliest(asOf, plus(anchor, 10 * DAY));
  const createdAt = from.getTime() < to.getTime() ? r.dateBetween(from, to) : to;
  openTicket(ctx, customer, { createdAt, category, order: placed.order, shipment });
}
