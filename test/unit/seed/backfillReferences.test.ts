import { startAll } from '../../../stack/startAll';
import type { StartProgress } from '../../../stack/startAll';
import { backfillReferences, referencesMissing } from '../../../stack/seed/backfillReferences';
import { seedDatabases, verifyCoherence } from '../../../stack/seed/load';
import { authHeader } from '../../support/tokens';
import { ENGINES, openTestDatabases } from '../../support/testDatabases';
import type { TestDatabases } from '../../support/testDatabases';
import { AS_OF } from './collectRows';

const COUNTS = `SELECT (SELECT count(*)::int FROM tickets.customer_refs) AS customers,
                       (SELECT count(*)::int FROM tickets.order_refs) AS orders,
                       (SELECT count(*)::int FROM tickets.shipment_refs WHERE carrier IS NOT NULL) AS shipments,
                       (SELECT count(*)::int FROM tickets.order_ref_skus) AS "orderSkus"`;
const FORGET = 'TRUNCATE tickets.customer_refs, tickets.order_refs, tickets.shipment_refs, tickets.order_ref_skus';

// A data set seeded before tickets migration 006 has everything but the reference copy: the seed, then forget it.
describe.each(ENGINES)('the tickets reference copy of a data set seeded before it existed, on %s', (engine) => {
  let t: TestDatabases;
  let seeded: Record<string, number>;
  beforeAll(async () => {
    t = await openTestDatabases(engine);
    await seedDatabases(t.dbs, { seed: 5, customers: 60, asOf: AS_OF });
    const [counts] = await t.dbs.tickets.query<Record<string, number>>(COUNTS);
    seeded = counts!;
  }, 60_000);
  afterAll(() => t?.close());

  it('is written by the seeder for every customer, order (with its distinct skus) and shipment (with its carrier)', async () => {
    const [owners] = await t.dbs.crm.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM crm.customers) AS customers,
              (SELECT count(*)::int FROM orders.orders) AS orders,
              (SELECT count(*)::int FROM logistics.shipments) AS shipments,
              (SELECT count(*)::int FROM (SELECT DISTINCT order_id, sku FROM orders.order_lines) l) AS "orderSkus"`,
    );
    expect(seeded).toEqual(owners);
    expect(await referencesMissing(t.dbs)).toBe(false);
    // and every ticket carries its order's skus and its shipment's carrier (migration 011)
    expect(await verifyCoherence(t.dbs)).toEqual([]);
  });

  it('is copied again from the owners, once, by backfillReferences', async () => {
    await t.dbs.tickets.exec(FORGET);
    expect(await referencesMissing(t.dbs)).toBe(true);
    expect(await verifyCoherence(t.dbs)).toContain('tickets.customer_refs: customer cus_1 is missing');
    // the tickets kept the facts they carry
    expect(await backfillReferences(t.dbs)).toEqual({ ...seeded, tickets: 0 });
    expect(await verifyCoherence(t.dbs)).toEqual([]);
    expect(await backfillReferences(t.dbs)).toEqual({
      customers: 0,
      orders: 0,
      shipments: 0,
      orderSkus: 0,
      tickets: 0,
    });
  });

  // a data set copied after migration 006 but seeded before 010 and 011 lacks the orders' skus and the shipments'
  // carriers, in the copy and on the tickets
  it("fills in the complaint KPIs' facts (tickets migrations 010, 011) of a copy made before them", async () => {
    await t.dbs.tickets.exec('TRUNCATE tickets.order_ref_skus');
    expect(await referencesMissing(t.dbs)).toBe(true);
    expect((await verifyCoherence(t.dbs))[0]).toMatch(/^tickets\.order_ref_skus: ord_\d+ with SKU-\d+ is missing$/);
    await t.dbs.tickets.exec('UPDATE tickets.shipment_refs SET carrier = NULL');
    expect((await verifyCoherence(t.dbs))[0]).toMatch(
      /^tickets\.shipment_refs: shipment shp_1 of ord_1 \([A-Z]+\) is missing$/,
    );
    await t.dbs.tickets.exec('UPDATE tickets.tickets SET order_skus = NULL, shipment_carrier = NULL');
    const [about] = await t.dbs.tickets.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM tickets.tickets WHERE order_id IS NOT NULL OR shipment_id IS NOT NULL',
    );
    expect(about!.count).toBeGreaterThan(0);
    // the ids were there: only the shipments' carriers and the orders' skus are written, then onto the tickets
    expect(await backfillReferences(t.dbs)).toEqual({
      customers: 0,
      orders: 0,
      shipments: seeded['shipments'],
      orderSkus: seeded['orderSkus'],
      tickets: about!.count,
    });
    expect(await referencesMissing(t.dbs)).toBe(false);
    expect(await verifyCoherence(t.dbs)).toEqual([]);
  });

  // e.g. opened after migration 011 but before the backfill completed the copy of its order's skus
  it('notices one ticket without the facts the copy holds, and fills in just that one', async () => {
    await t.dbs.tickets.exec(
      `UPDATE tickets.tickets SET order_skus = NULL
        WHERE id = (SELECT id FROM tickets.tickets WHERE order_id IS NOT NULL ORDER BY id LIMIT 1)`,
    );
    expect(await referencesMissing(t.dbs)).toBe(true);
    expect(await verifyCoherence(t.dbs)).toEqual([
      expect.stringMatching(/^tickets\.tickets tkt_\d+: order skus none, not SKU-/),
    ]);
    expect(await backfillReferences(t.dbs)).toEqual({
      customers: 0,
      orders: 0,
      shipments: 0,
      orderSkus: 0,
      tickets: 1,
    });
    expect(await verifyCoherence(t.dbs)).toEqual([]);
  });

  it('is backfilled by startAll (npm start) on an already seeded data set, and openTicket then works', async () => {
    await t.dbs.tickets.exec(FORGET);
    const steps: StartProgress[] = [];
    const running = await startAll({
      dbs: t.dbs,
      seed: { seed: 5, customers: 60, asOf: AS_OF },
      port: 0,
      onProgress: (event) => steps.push(event),
    });
    try {
      expect(steps).toContainEqual({ step: 'references-backfilled', copied: { ...seeded, tickets: 0 } });
      const response = await fetch(running.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await authHeader('supervisor')) },
        body: JSON.stringify({
          query: `mutation ($input: OpenTicketInput!) { openTicket(input: $input) { status } }`,
          variables: {
            input: {
              customerId: 'cus_7',
              channel: 'EMAIL',
              category: 'OTHER',
              subject: 'Hello',
              body: 'A question.',
              idempotencyKey: `backfilled-${engine}-0001`,
            },
          },
        }),
      });
      expect(await response.json()).toEqual({ data: { openTicket: { status: 'NEW' } } });
    } finally {
      await running.stop();
    }
  }, 60_000);
});
