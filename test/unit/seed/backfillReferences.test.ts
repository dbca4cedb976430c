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
                       (SELECT count(*)::int FROM tickets.shipment_refs) AS shipments`;
const FORGET = 'TRUNCATE tickets.customer_refs, tickets.order_refs, tickets.shipment_refs';

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

  it('is written by the seeder for every customer, order and shipment', async () => {
    const [owners] = await t.dbs.crm.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM crm.customers) AS customers,
              (SELECT count(*)::int FROM orders.orders) AS orders,
              (SELECT count(*)::int FROM logistics.shipments) AS shipments`,
    );
    expect(seeded).toEqual(owners);
    expect(await referencesMissing(t.dbs)).toBe(false);
  });

  it('is copied again from the owners, once, by backfillReferences', async () => {
    await t.dbs.tickets.exec(FORGET);
    expect(await referencesMissing(t.dbs)).toBe(true);
    expect(await verifyCoherence(t.dbs)).toContain('tickets.customer_refs: customer cus_1 is missing');
    expect(await backfillReferences(t.dbs)).toEqual(seeded);
    expect(await verifyCoherence(t.dbs)).toEqual([]);
    expect(await backfillReferences(t.dbs)).toEqual({ customers: 0, orders: 0, shipments: 0 });
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
      expect(steps).toContainEqual({ step: 'references-backfilled', copied: seeded });
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
