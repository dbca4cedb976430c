import { backfillPiiDigests, piiDigestsMissing } from '../../../stack/seed/backfillPiiDigests';
import { seedDatabases } from '../../../stack/seed/load';
import { SCENARIO } from '../../../stack/seed/scenarioIds';
import { piiDigestsOf } from '../../../subgraphs/shared/pii/freeTextMasking';
import { ENGINES, openTestDatabases } from '../../support/testDatabases';
import type { TestDatabases } from '../../support/testDatabases';
import { AS_OF } from './collectRows';

const ALL = 'SELECT customer_id, kind, digest, length FROM tickets.customer_pii_digests ORDER BY customer_id, digest';

// A data set seeded before tickets migration 007 has everything but the digests: the seed, then forget them.
describe.each(ENGINES)("the tickets digests of the customers' contact data, on %s", (engine) => {
  let t: TestDatabases;
  let seeded: Record<string, unknown>[];
  beforeAll(async () => {
    t = await openTestDatabases(engine);
    await seedDatabases(t.dbs, { seed: 5, customers: 40, asOf: AS_OF });
    seeded = await t.dbs.tickets.query(ALL);
  }, 60_000);
  afterAll(() => t?.close());

  it('are written by the seeder for every customer, and hold none of the values', async () => {
    const [customers] = await t.dbs.crm.query<{ count: number }>('SELECT count(*)::int AS count FROM crm.customers');
    const perCustomer = new Set(seeded.map((row) => row['customer_id']));
    expect(perCustomer.size).toBe(customers?.count);
    const lena = SCENARIO.lena;
    const expected = piiDigestsOf({ emails: [lena.email], phones: [lena.phone], streets: ['Rosenweg 3'] });
    expect(
      seeded
        .filter((row) => row['customer_id'] === lena.customerId)
        .map((row) => row['digest'])
        .sort(),
    ).toEqual(expected.map((entry) => entry.digest).sort());
    const dump = JSON.stringify(seeded);
    for (const clear of [lena.email, lena.phone, '15112345675', 'Rosenweg', 'rosenweg'])
      expect(dump).not.toContain(clear);
    expect(await piiDigestsMissing(t.dbs)).toBe(false);
  });

  it('are computed again from crm, the same, by backfillPiiDigests (and a second run adds nothing)', async () => {
    await t.dbs.tickets.exec('TRUNCATE tickets.customer_pii_digests');
    expect(await piiDigestsMissing(t.dbs)).toBe(true);
    expect(await backfillPiiDigests(t.dbs)).toBe(seeded.length);
    expect(await t.dbs.tickets.query(ALL)).toEqual(seeded);
    expect(await backfillPiiDigests(t.dbs)).toBe(0);
    expect(await piiDigestsMissing(t.dbs)).toBe(false);
  });
});
