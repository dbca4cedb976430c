import { ENGINES } from '../support/testDatabases';
import { startStack, TEST_AS_OF } from '../support/stack';
import type { Stack } from '../support/stack';
import { percentileCont, readTicketRows } from '../support/ticketRows';
import type { RawTicket, RawTicketData } from '../support/ticketRows';

const KPIS = /* GraphQL */ `
  #graphql
  query Kpis($from: DateTime!, $to: DateTime!, $team: ID, $category: TicketCategory, $channel: Channel) {
    ticketKpis(from: $from, to: $to, team: $team, category: $category, channel: $channel) {
      id
      ticketCount
      firstResponseTime {
        median
        p90
        count
      }
      resolutionTime {
        median
        p90
        count
      }
      slaBreachRate
      reopenRate
      backlog {
        label
        fromHours
        toHours
        count
      }
      volumeByCategory {
        category
        count
      }
      volumeByChannel {
        channel
        count
      }
      handoffsPerTicket
      transfersPerTicket
      consultsPerTicket
      complaintsByProduct {
        product {
          sku
          name
        }
        tickets
      }
      complaintsByCarrier {
        carrier
        tickets
      }
    }
  }
`;

interface Kpis {
  ticketCount: number;
  firstResponseTime: { median: number | null; p90: number | null; count: number };
  resolutionTime: { median: number | null; p90: number | null; count: number };
  slaBreachRate: number | null;
  reopenRate: number | null;
  backlog: { label: string; fromHours: number; toHours: number | null; count: number }[];
  volumeByCategory: { category: string; count: number }[];
  volumeByChannel: { channel: string; count: number }[];
  handoffsPerTicket: number | null;
  transfersPerTicket: number | null;
  consultsPerTicket: number | null;
  complaintsByProduct: { product: { sku: string; name: string }; tickets: number }[];
  complaintsByCarrier: { carrier: string; tickets: number }[];
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const FROM = new Date(TEST_AS_OF.getTime() - 365 * DAY);
const TO = new Date(TEST_AS_OF.getTime() + DAY);
const COMPLAINTS = new Set(['DELIVERY', 'PRODUCT_DEFECT', 'RETURN']);
const OPEN = new Set(['NEW', 'OPEN', 'PENDING_CUSTOMER']);

interface Filters {
  team?: string;
  category?: string;
  channel?: string;
}

const matches = (t: RawTicket, f: Filters) =>
  (!f.team || t.teamCode === f.team) &&
  (!f.category || t.category === f.category) &&
  (!f.channel || t.channel === f.channel);

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);

const ranked = <Row extends { tickets: number }>(rows: Row[], keyOf: (row: Row) => string) =>
  rows.sort((a, b) => b.tickets - a.tickets || (keyOf(a) < keyOf(b) ? -1 : 1));

describe.each(ENGINES)('Ticket KPIs through the gateway on %s', (engine) => {
  let stack: Stack;
  let raw: RawTicketData;
  let orderSkus: Map<string, Set<string>>;
  let shipmentCarrier: Map<string, string>;
  let productNames: Map<string, string>;
  beforeAll(async () => {
    stack = await startStack(engine, { now: TEST_AS_OF });
    raw = await readTicketRows(stack.dbs.tickets);
    orderSkus = new Map();
    for (const line of await stack.dbs.orders.query<{ orderId: string; sku: string }>(
      `SELECT order_id AS "orderId", sku FROM orders.order_lines`,
    )) {
      orderSkus.set(line.orderId, (orderSkus.get(line.orderId) ?? new Set()).add(line.sku));
    }
    const shipments = await stack.dbs.logistics.query<{ id: string; carrier: string }>(
      `SELECT id, carrier FROM logistics.shipments`,
    );
    shipmentCarrier = new Map(shipments.map((s) => [s.id, s.carrier]));
    const products = await stack.dbs.inventory.query<{ sku: string; name: string }>(
      `SELECT sku, name FROM inventory.products`,
    );
    productNames = new Map(products.map((p) => [p.sku, p.name]));
  });
  afterAll(() => stack?.stop());

  /** The KPIs by their definitions in the schema, from the raw rows of all three systems. */
  function recompute(filters: Filters): Kpis {
    const now = TEST_AS_OF.getTime();
    const window = raw.tickets.filter((t) => t.createdAt >= FROM && t.createdAt < TO && matches(t, filters));
    const ids = new Set(window.map((t) => t.id));
    const seconds = (from: Date, to: Date | null) => (to ? (to.getTime() - from.getTime()) / 1000 : null);
    const durations = (pick: (t: RawTicket) => Date | null) => {
      const values = window.map((t) => seconds(t.createdAt, pick(t))).filter((v): v is number => v !== null);
      return { median: percentileCont(values, 0.5), p90: percentileCont(values, 0.9), count: values.length };
    };
    const slaKnown = window.filter((t) => t.resolvedAt !== null || t.slaDueAt.getTime() < now);
    const breached = slaKnown.filter((t) => (t.resolvedAt ? t.resolvedAt > t.slaDueAt : true));
    const resolvedOnce = window.filter((t) => t.resolvedAt !== null || t.reopenCount > 0);
    const handoffs = raw.handoffs.filter((h) => ids.has(h.ticketId));
    const transfers = handoffs.filter((h) => h.kind === 'TRANSFER').length;
    const open = raw.tickets.filter((t) => OPEN.has(t.status) && matches(t, filters));
    const buckets: [string, number, number | null][] = [
      ['<4h', 0, 4],
      ['4–24h', 4, 24],
      ['1–3d', 24, 72],
      ['3–7d', 72, 168],
      ['>7d', 168, null],
    ];
    const countBy = (values: string[], all: string[]) =>
      all
        .map((value) => ({ value, count: values.filter((v) => v === value).length }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    const complaints = window.filter((t) => COMPLAINTS.has(t.category));
    const bySku = new Map<string, number>();
    for (const t of complaints) {
      for (const sku of t.orderId ? (orderSkus.get(t.orderId) ?? []) : []) bySku.set(sku, (bySku.get(sku) ?? 0) + 1);
    }
    const byCarrier = new Map<string, number>();
    for (const t of complaints) {
      const carrier = t.shipmentId ? shipmentCarrier.get(t.shipmentId) : undefined;
      if (carrier) byCarrier.set(carrier, (byCarrier.get(carrier) ?? 0) + 1);
    }
    return {
      ticketCount: window.length,
      firstResponseTime: durations((t) => t.firstRespondedAt),
      resolutionTime: durations((t) => t.resolvedAt),
      slaBreachRate: ratio(breached.length, slaKnown.length),
      reopenRate: ratio(window.filter((t) => t.reopenCount > 0).length, resolvedOnce.length),
      backlog: buckets.map(([label, fromHours, toHours]) => ({
        label,
        fromHours,
        toHours,
        count: open.filter((t) => {
          const age = (now - t.createdAt.getTime()) / HOUR;
          return age >= fromHours && (toHours === null || age < toHours);
        }).length,
      })),
      volumeByCategory: countBy(
        window.map((t) => t.category),
        ['DELIVERY', 'BILLING', 'PRODUCT_DEFECT', 'RETURN', 'ACCOUNT', 'OTHER'],
      ).map(({ value, count }) => ({ category: value, count })),
      volumeByChannel: countBy(
        window.map((t) => t.channel),
        ['CHAT', 'EMAIL', 'PHONE', 'SOCIAL', 'WEB_FORM'],
      ).map(({ value, count }) => ({ channel: value, count })),
      handoffsPerTicket: ratio(handoffs.length, window.length),
      transfersPerTicket: ratio(transfers, window.length),
      consultsPerTicket: ratio(handoffs.length - transfers, window.length),
      complaintsByProduct: ranked(
        [...bySku].map(([sku, tickets]) => ({ product: { sku, name: productNames.get(sku) ?? '?' }, tickets })),
        (row) => row.product.sku,
      ),
      complaintsByCarrier: ranked(
        [...byCarrier].map(([carrier, tickets]) => ({ carrier, tickets })),
        (row) => row.carrier,
      ),
    };
  }

  /** Floats compared to 6 decimals (PostgreSQL and JavaScript may round the last bit differently). */
  function rounded(kpis: Kpis): unknown {
    return JSON.parse(
      JSON.stringify(kpis, (_key, value: unknown) => (typeof value === 'number' ? Number(value.toFixed(6)) : value)),
    );
  }

  async function kpis(filters: Filters): Promise<Kpis & { id: string }> {
    const { body } = await stack.query<{ ticketKpis: Kpis & { id: string } }>(KPIS, {
      from: FROM.toISOString(),
      to: TO.toISOString(),
      ...filters,
    });
    expect(body.errors).toBeUndefined();
    return body.data!.ticketKpis;
  }

  it('matches a straightforward recomputation over the seeded rows of tickets, orders, logistics and inventory', async () => {
    const { id, ...figures } = await kpis({});
    expect(id).toEqual(expect.any(String));
    const expected = recompute({});
    expect(rounded(figures)).toEqual(rounded(expected));
    // the data set exercises every figure
    expect(expected.ticketCount).toBeGreaterThan(20);
    expect(expected.firstResponseTime.count).toBeGreaterThan(5);
    expect(expected.resolutionTime.count).toBeGreaterThan(5);
    expect(expected.reopenRate).toBeGreaterThan(0);
    expect(expected.slaBreachRate).toBeGreaterThan(0);
    expect(expected.complaintsByProduct.length).toBeGreaterThan(0);
    expect(expected.complaintsByCarrier.length).toBeGreaterThan(0);
    expect(expected.backlog.filter((b) => b.count > 0).length).toBeGreaterThan(2);
  });

  it.each<Filters>([
    { team: 'logistics_desk' },
    { category: 'DELIVERY' },
    { channel: 'EMAIL' },
    { team: 'customer_care', channel: 'CHAT' },
  ])('matches the recomputation with filters %j', async (filters) => {
    const { id: _id, ...figures } = await kpis(filters);
    expect(rounded(figures)).toEqual(rounded(recompute(filters)));
  });

  it('rejects a window that ends before it starts, or spans more than 366 days', async () => {
    const backwards = await stack.query(KPIS, { from: TO.toISOString(), to: FROM.toISOString() });
    expect(backwards.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/"from" must be before "to"/),
    });
    const long = await stack.query(KPIS, {
      from: new Date(TO.getTime() - 367 * DAY).toISOString(),
      to: TO.toISOString(),
    });
    expect(long.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/at most 366 days/),
    });
  });

  it('answers NOT_FOUND for a team that does not exist', async () => {
    const { body } = await stack.query(KPIS, { from: FROM.toISOString(), to: TO.toISOString(), team: 'no_such_team' });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
