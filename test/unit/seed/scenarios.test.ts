import { SCENARIO } from '../../../stack/seed/scenarios';
import { AS_OF, collectRows } from './collectRows';

describe('scenario customers', () => {
  const rows = collectRows({ customers: 20 });
  const customer = (id: string) => rows.customers.find((row) => row.id === id);
  const ordersOf = (id: string) => rows.orders.filter((row) => row.customer_id === id);
  const ticketsOf = (id: string) => rows.tickets.filter((row) => row.customer_id === id);
  const messagesOf = (ticketId: string) => rows.messages.filter((row) => row.ticket_id === ticketId);
  const handoffsOf = (ticketId: string) => rows.handoffs.filter((row) => row.ticket_id === ticketId);

  it('are cus_1 … cus_5 with the names, e-mails and phones SCENARIO exports', () => {
    for (const s of [SCENARIO.maria, SCENARIO.tom, SCENARIO.aisha, SCENARIO.jonas, SCENARIO.lena]) {
      expect(customer(s.customerId)).toMatchObject({ name: s.name, email: s.email, phone: s.phone });
    }
  });

  it('Maria: a DHL parcel lost at the Leipzig hub, a ticket over chat, e-mail and phone transferred to the logistics desk', () => {
    const S = SCENARIO.maria;
    expect(customer(S.customerId)).toMatchObject({ tier: 'GOLD', preferred_channel: 'CHAT' });
    const order = rows.orders.find((row) => row.id === S.orderId);
    expect(order).toMatchObject({ number: S.orderNumber, customer_id: S.customerId, status: 'SHIPPED' });
    const shipment = rows.shipments.find((row) => row.id === S.shipmentId);
    expect(shipment).toMatchObject({
      tracking_number: S.trackingNumber,
      carrier: 'DHL',
      status: 'LOST',
      order_id: S.orderId,
      customer_id: S.customerId,
    });
    const events = rows.trackingEvents
      .filter((row) => row.shipment_id === S.shipmentId)
      .map((row) => [row.status, row.location]);
    expect(events).toEqual([
      ['LABEL_CREATED', 'Berlin warehouse'],
      ['IN_TRANSIT', 'Berlin warehouse'],
      ['IN_TRANSIT', 'Leipzig hub'],
      ['EXCEPTION', 'Leipzig hub'],
      ['LOST', 'Leipzig hub'],
    ]);
    const ticket = rows.tickets.find((row) => row.id === S.ticketId);
    expect(ticket).toMatchObject({
      number: S.ticketNumber,
      category: 'DELIVERY',
      channel: 'CHAT',
      priority: 'HIGH',
      status: 'OPEN',
      team_code: 'logistics_desk',
      order_id: S.orderId,
      shipment_id: S.shipmentId,
      resolved_at: null,
    });
    const channels = new Set(messagesOf(S.ticketId).map((row) => row.channel));
    expect(channels).toEqual(new Set(['CHAT', 'EMAIL', 'PHONE', null]));
    expect(handoffsOf(S.ticketId)).toEqual([
      expect.objectContaining({
        kind: 'TRANSFER',
        from_team_code: 'customer_care',
        to_team_code: 'logistics_desk',
        reason: expect.stringMatching(/lost/),
      }),
    ]);
    expect(rows.notes.some((row) => row.customer_id === S.customerId)).toBe(true);
    // the ticket is past its SLA and still open: the failure the product is for
    expect(ticket!.sla_due_at.getTime()).toBeLessThan(AS_OF.getTime());
  });

  it('Tom: charged twice, billing consulted inside the ticket, customer care still owns it, duplicate refunded', () => {
    const S = SCENARIO.tom;
    const captured = rows.payments.filter((row) => row.order_id === S.orderId && row.status === 'CAPTURED');
    const order = rows.orders.find((row) => row.id === S.orderId)!;
    expect(captured.map((row) => row.amount_minor)).toEqual([order.total_minor, order.total_minor]);
    expect(rows.refunds.filter((row) => row.order_id === S.orderId).map((row) => row.amount_minor)).toEqual([
      order.total_minor,
    ]);
    const ticket = rows.tickets.find((row) => row.id === S.ticketId)!;
    expect(ticket).toMatchObject({
      category: 'BILLING',
      channel: 'EMAIL',
      team_code: 'customer_care',
      status: 'RESOLVED',
    });
    expect(handoffsOf(S.ticketId)).toEqual([
      expect.objectContaining({ kind: 'CONSULT', from_team_code: 'customer_care', to_team_code: 'billing' }),
    ]);
    const consult = messagesOf(S.ticketId).filter((row) => row.consulted_team_code === 'billing');
    expect(consult.map((row) => row.direction)).toEqual(['INTERNAL', 'INTERNAL']);
    const billingAgents = new Set(
      rows.agents.filter((agent) => agent.team_code === 'billing').map((agent) => agent.id),
    );
    expect(consult.some((row) => row.agent_id !== null && billingAgents.has(row.agent_id))).toBe(true);
  });

  it('Aisha: a paid order waiting on a product with nothing available in any warehouse, no shipment, an open ticket', () => {
    const S = SCENARIO.aisha;
    expect(rows.orders.find((row) => row.id === S.orderId)).toMatchObject({
      status: 'PAID',
      customer_id: S.customerId,
    });
    expect(rows.orderLines.filter((row) => row.order_id === S.orderId).map((row) => row.sku)).toEqual([S.sku]);
    expect(rows.shipments.filter((row) => row.order_id === S.orderId)).toEqual([]);
    const stock = rows.stockLevels.filter((row) => row.sku === S.sku);
    expect(stock.map((row) => row.warehouse_code).sort()).toEqual(['BER', 'HAM', 'LEJ', 'MUC']);
    for (const level of stock) {
      expect(level.on_hand - level.reserved).toBe(0);
      expect(level.next_restock_at!.getTime()).toBeGreaterThan(AS_OF.getTime());
    }
    expect(rows.tickets.find((row) => row.id === S.ticketId)).toMatchObject({
      status: 'OPEN',
      order_id: S.orderId,
      shipment_id: null,
    });
  });

  it('Jonas has exactly 50 orders with 1 to 3 lines and payments, most delivered, and several tickets', () => {
    const S = SCENARIO.jonas;
    const orders = ordersOf(S.customerId);
    expect(orders).toHaveLength(S.orderCount);
    expect(orders[0]?.id).toBe(S.firstOrderId);
    expect(orders.at(-1)?.id).toBe(S.lastOrderId);
    for (const order of orders) {
      const lines = rows.orderLines.filter((row) => row.order_id === order.id).length;
      expect(lines >= 1 && lines <= 3).toBe(true);
      expect(rows.payments.some((row) => row.order_id === order.id)).toBe(true);
    }
    const delivered = rows.shipments.filter((row) => row.customer_id === S.customerId && row.status === 'DELIVERED');
    expect(delivered.length).toBeGreaterThan(40);
    expect(ticketsOf(S.customerId)).toHaveLength(S.ticketCount);
  });

  it('Lena has exactly 2 orders, each with a shipment, and one ticket', () => {
    const S = SCENARIO.lena;
    expect(ordersOf(S.customerId).map((row) => [row.id, row.number])).toEqual([
      [S.orderIds[0], S.orderNumbers[0]],
      [S.orderIds[1], S.orderNumbers[1]],
    ]);
    expect(
      rows.shipments.filter((row) => row.customer_id === S.customerId).map((row) => [row.id, row.order_id]),
    ).toEqual([
      [S.shipmentIds[0], S.orderIds[0]],
      [S.shipmentIds[1], S.orderIds[1]],
    ]);
    expect(ticketsOf(S.customerId).map((row) => [row.id, row.number])).toEqual([[S.ticketId, S.ticketNumber]]);
  });

  it('look the same whatever the seed and whatever day they are seeded (times move with asOf)', () => {
    const later = new Date(AS_OF.getTime() + 86_400_000 * 17);
    const a = collectRows({ customers: 5, seed: 1 });
    const b = collectRows({ customers: 5, seed: 2, asOf: later });
    const shift = (date: Date) => date.getTime() + 86_400_000 * 17;
    expect(b.orders.map((row) => row.id)).toEqual(a.orders.map((row) => row.id));
    expect(b.orders.map((row) => row.placed_at.getTime())).toEqual(a.orders.map((row) => shift(row.placed_at)));
    expect(b.messages.map((row) => row.body)).toEqual(a.messages.map((row) => row.body));
  });
});
