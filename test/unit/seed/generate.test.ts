import { generateSeed } from '../../../stack/seed/generate';
import type { SeedBatch } from '../../../stack/seed/generate';
import { TABLE_KEYS } from '../../../stack/seed/tables';
import { IDENTIFIERS } from '../../../subgraphs/shared/identifiers';
import { AS_OF, collectRows } from './collectRows';

const batches = (seed: number, chunkSize?: number): SeedBatch[] => [
  ...generateSeed({ seed, customers: 120, asOf: AS_OF, chunkSize }),
];

describe('generateSeed: determinism', () => {
  it('yields identical batches for the same seed, customer count and asOf', () => {
    expect(batches(42)).toEqual(batches(42));
  });

  it('yields the same rows whatever the chunk size', () => {
    expect(collectRows({ seed: 42, customers: 120, chunkSize: 7 })).toEqual(
      collectRows({ seed: 42, customers: 120, chunkSize: 1000 }),
    );
  });

  it('yields different customers for a different seed, but the same shop and scenarios', () => {
    const [shopA, ...restA] = batches(42);
    const [shopB, ...restB] = batches(43);
    expect(shopA).toEqual(shopB);
    expect(restA).not.toEqual(restB);
  });

  it('reports progress per batch: reference data and scenarios first, then chunks of customers', () => {
    const done = [...generateSeed({ seed: 1, customers: 2500, asOf: AS_OF })].map((batch) => batch.customersDone);
    expect(done).toEqual([5, 1005, 2005, 2500]);
  });

  it('rejects a customer count below the five scenario customers, with the accepted range', () => {
    expect(() => generateSeed({ seed: 1, customers: 3, asOf: AS_OF }).next()).toThrow(
      /customers must be a whole number from 5 to 10000000/,
    );
  });
});

describe('generateSeed: rows a migration accepts and an agent believes', () => {
  const rows = collectRows();
  const asOf = AS_OF.getTime();

  it('produces about 3 orders and 0.4 tickets per customer', () => {
    expect(rows.customers).toHaveLength(300);
    expect(rows.orders.length / 300).toBeGreaterThan(2.5);
    expect(rows.orders.length / 300).toBeLessThan(3.8);
    expect(rows.tickets.length / 300).toBeGreaterThan(0.25);
    expect(rows.tickets.length / 300).toBeLessThan(0.65);
  });

  it('uses identifiers of the documented shapes, unique per table', () => {
    const check = (values: string[], pattern: RegExp) => {
      expect(values.filter((value) => !pattern.test(value))).toEqual([]);
      expect(new Set(values).size).toBe(values.length);
    };
    check(
      rows.customers.map((row) => row.id),
      IDENTIFIERS.customerId.pattern,
    );
    check(
      rows.orders.map((row) => row.id),
      IDENTIFIERS.orderId.pattern,
    );
    check(
      rows.orders.map((row) => row.number),
      IDENTIFIERS.orderNumber.pattern,
    );
    check(
      rows.shipments.map((row) => row.id),
      IDENTIFIERS.shipmentId.pattern,
    );
    check(
      rows.shipments.map((row) => row.tracking_number),
      IDENTIFIERS.trackingNumber.pattern,
    );
    check(
      rows.tickets.map((row) => row.id),
      IDENTIFIERS.ticketId.pattern,
    );
    check(
      rows.tickets.map((row) => row.number),
      IDENTIFIERS.ticketNumber.pattern,
    );
    check(
      rows.products.map((row) => row.sku),
      IDENTIFIERS.sku.pattern,
    );
    check(
      rows.customers.map((row) => row.email.toLowerCase()),
      IDENTIFIERS.email.pattern,
    );
    check(
      rows.customers.flatMap((row) => (row.phone ? [row.phone] : [])),
      IDENTIFIERS.phone.pattern,
    );
    check(
      rows.agents.map((row) => row.id),
      /^agt_[1-9]\d*$/,
    );
    for (const key of TABLE_KEYS) {
      const ids = rows[key].map((row) => ('id' in row ? row.id : JSON.stringify(row)));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('makes every order total the sum of its lines, with lines on real products', () => {
    const skus = new Set(rows.products.map((product) => product.sku));
    const sums = new Map<string, number>();
    for (const line of rows.orderLines) {
      expect(skus.has(line.sku)).toBe(true);
      sums.set(line.order_id, (sums.get(line.order_id) ?? 0) + line.quantity * line.unit_price_minor);
    }
    for (const order of rows.orders) expect(order.total_minor).toBe(sums.get(order.id));
  });

  it('ships exactly the orders that left the warehouse, to the customer who ordered', () => {
    const shipped = new Set(rows.shipments.map((shipment) => shipment.order_id));
    const byId = new Map(rows.orders.map((order) => [order.id, order]));
    for (const order of rows.orders) {
      if (['SHIPPED', 'DELIVERED'].includes(order.status)) expect(shipped.has(order.id)).toBe(true);
      if (['PENDING', 'CANCELLED'].includes(order.status)) expect(shipped.has(order.id)).toBe(false);
      expect(order.cancelled_at !== null).toBe(order.status === 'CANCELLED');
    }
    for (const shipment of rows.shipments) expect(shipment.customer_id).toBe(byId.get(shipment.order_id)?.customer_id);
  });

  it('gives every shipment the status of its latest tracking event, and nothing after asOf', () => {
    const latest = new Map<string, { at: number; status: string }>();
    for (const event of rows.trackingEvents) {
      expect(event.occurred_at.getTime()).toBeLessThanOrEqual(asOf);
      const seen = latest.get(event.shipment_id);
      expect(seen === undefined || seen.at <= event.occurred_at.getTime()).toBe(true);
      latest.set(event.shipment_id, { at: event.occurred_at.getTime(), status: event.status });
    }
    for (const shipment of rows.shipments) {
      expect(latest.get(shipment.id)?.status).toBe(shipment.status);
      expect(shipment.delivered_at !== null).toBe(shipment.status === 'DELIVERED');
    }
  });

  it('keeps tickets within the CHECK constraints: resolved_at iff resolved, internal messages without channel', () => {
    for (const ticket of rows.tickets) {
      expect(ticket.resolved_at !== null).toBe(['RESOLVED', 'CLOSED'].includes(ticket.status));
      expect(ticket.created_at.getTime()).toBeLessThanOrEqual(asOf);
      expect(ticket.first_response_due_at.getTime()).toBeGreaterThan(ticket.created_at.getTime());
      expect(ticket.sla_due_at.getTime()).toBeGreaterThanOrEqual(ticket.first_response_due_at.getTime());
    }
    for (const message of rows.messages) {
      expect(message.channel === null).toBe(message.direction === 'INTERNAL');
      expect(message.sent_at.getTime()).toBeLessThanOrEqual(asOf);
    }
    for (const handoff of rows.handoffs) {
      expect(handoff.from_team_code).not.toBe(handoff.to_team_code);
      expect(handoff.reason).not.toBe('');
    }
    const statuses = new Set(rows.tickets.map((ticket) => ticket.status));
    expect([...statuses].sort()).toEqual(['CLOSED', 'NEW', 'OPEN', 'PENDING_CUSTOMER', 'RESOLVED']);
    const channels = new Set(rows.messages.map((message) => message.channel));
    expect(channels).toEqual(new Set(['CHAT', 'EMAIL', 'PHONE', 'SOCIAL', 'WEB_FORM', null]));
  });

  it("ties tickets only to the customer's own orders and those orders' shipments", () => {
    const orderOwner = new Map(rows.orders.map((order) => [order.id, order.customer_id]));
    const shipmentById = new Map(rows.shipments.map((shipment) => [shipment.id, shipment]));
    for (const ticket of rows.tickets) {
      if (ticket.order_id) expect(orderOwner.get(ticket.order_id)).toBe(ticket.customer_id);
      if (ticket.shipment_id) expect(shipmentById.get(ticket.shipment_id)?.order_id).toBe(ticket.order_id);
    }
  });

  it('keeps stock within its constraints, with restock dates where nothing is available', () => {
    for (const level of rows.stockLevels) {
      expect(level.reserved).toBeLessThanOrEqual(level.on_hand);
      expect(level.next_restock_at !== null).toBe(level.on_hand - level.reserved === 0);
    }
  });
});
