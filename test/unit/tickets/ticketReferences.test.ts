import { ENGINES } from '../../support/testDatabases';
import { mutate, openLifecycleHarness } from './lifecycleHarness';
import type { TicketsHarness } from './ticketsHarness';

// fixture (see fixtures.ts): cus_7 owns ord_7 (shp_7) and ord_8 (shp_8); cus_1 owns ord_1 (shp_1); cus_8 owns ord_9
function openInput(overrides: Record<string, unknown>) {
  return {
    customerId: 'cus_7',
    channel: 'EMAIL',
    category: 'DELIVERY',
    subject: 'Parcel late',
    body: 'Where is it?',
    idempotencyKey: `refs-${Math.random().toString(36).slice(2)}`,
    ...overrides,
  };
}

describe.each(ENGINES)('openTicket checks what the ticket is about on %s', (engine) => {
  let h: TicketsHarness;
  beforeAll(async () => {
    h = await openLifecycleHarness(engine);
  });
  afterAll(() => h?.close());

  const open = (input: Record<string, unknown>) =>
    mutate(h, 'openTicket', 'input: $input', { input }, '($input: OpenTicketInput!)');

  async function writes(): Promise<{ tickets: number; keys: number; messages: number; events: number }> {
    const [row] = await h.db.query<{ tickets: number; keys: number; messages: number; events: number }>(
      `SELECT (SELECT count(*)::int FROM tickets.tickets) AS tickets,
              (SELECT count(*)::int FROM tickets.idempotency_keys) AS keys,
              (SELECT count(*)::int FROM tickets.messages) AS messages,
              (SELECT count(*)::int FROM tickets.ticket_events) AS events`,
    );
    return row!;
  }

  it.each([
    ['an unknown customer', { customerId: 'cus_999998' }, 'NOT_FOUND', /No customer has customerId "cus_999998"/],
    ['an unknown order', { orderId: 'ord_999998' }, 'NOT_FOUND', /No order has orderId "ord_999998"/],
    ['an unknown shipment', { shipmentId: 'shp_999998' }, 'NOT_FOUND', /No shipment has shipmentId "shp_999998"/],
    [
      "another customer's order",
      { orderId: 'ord_1' },
      'BAD_USER_INPUT',
      /Order ord_1 is not an order of customer cus_7\. Pass one of their orders/,
    ],
    [
      "another customer's shipment",
      { shipmentId: 'shp_1' },
      'BAD_USER_INPUT',
      /Shipment shp_1 is not a shipment of customer cus_7/,
    ],
    [
      'a shipment of another of their orders',
      { orderId: 'ord_7', shipmentId: 'shp_8' },
      'BAD_USER_INPUT',
      /Shipment shp_8 does not belong to order ord_7/,
    ],
  ])('refuses %s and writes nothing', async (_what, overrides, code, message) => {
    const before = await writes();
    const { error } = await open(openInput(overrides));
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(message);
    expect(await writes()).toEqual(before);
  });

  it('does not say whose an order is', async () => {
    const { error } = await open(openInput({ orderId: 'ord_9' }));
    expect(error?.message).not.toContain('cus_8');
  });

  it('opens tickets about an existing customer, their order and its shipment, or any one of them', async () => {
    for (const overrides of [
      {},
      { orderId: 'ord_8' },
      { shipmentId: 'shp_8' },
      { orderId: 'ord_8', shipmentId: 'shp_8' },
      { customerId: 'cus_1', orderId: 'ord_1', shipmentId: 'shp_1' },
    ]) {
      const { ticket, error } = await open(openInput(overrides));
      expect({ overrides, error }).toEqual({ overrides, error: undefined });
      expect(ticket?.status).toBe('NEW');
    }
  });

  it('does not spend the key on a refused request: the corrected one with the same key opens the ticket', async () => {
    const key = 'refused-then-fixed-0001';
    const refused = await open(openInput({ customerId: 'cus_999998', idempotencyKey: key }));
    expect(refused.error?.code).toBe('NOT_FOUND');
    const fixed = await open(openInput({ idempotencyKey: key }));
    expect(fixed.error).toBeUndefined();
    expect(fixed.ticket?.id).toMatch(/^tkt_\d+$/);
  });
});
