import { isSeeded, SeedRefusedError, seedDatabases, verifyCoherence } from '../../../stack/seed/load';
import type { SeedSummary } from '../../../stack/seed/load';
import { SCENARIO } from '../../../stack/seed/scenarios';
import { TABLE_KEYS, TABLES } from '../../../stack/seed/tables';
import { ENGINES, openTestDatabases } from '../../support/testDatabases';
import type { TestDatabases } from '../../support/testDatabases';
import { AS_OF, collectRows } from './collectRows';

const OPTIONS = { seed: 11, customers: 200, asOf: AS_OF };

describe.each(ENGINES)('seedDatabases on %s', (engine) => {
  let t: TestDatabases;
  let summary: SeedSummary;
  const progress: number[] = [];

  beforeAll(async () => {
    t = await openTestDatabases(engine);
    expect(await isSeeded(t.dbs)).toBe(false);
    summary = await seedDatabases(t.dbs, { ...OPTIONS, chunkSize: 80 }, (event) => progress.push(event.customersDone));
  });
  afterAll(() => t?.close());

  it('writes every generated row into the database of the subgraph that owns it', async () => {
    const expected = collectRows(OPTIONS);
    for (const key of TABLE_KEYS) {
      const { subgraph, table } = TABLES[key];
      const [row] = await t.dbs[subgraph].query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table}`);
      expect({ table, count: row?.count }).toEqual({ table, count: expected[key].length });
      expect(summary.rows[key]).toBe(expected[key].length);
    }
    expect(progress).toEqual([5, 85, 165, 200]);
    expect(await isSeeded(t.dbs)).toBe(true);
  });

  it('leaves no cross-database reference dangling', async () => {
    expect(await verifyCoherence(t.dbs)).toEqual([]);
  });

  it('stores the scenario rows as generated (instants, nulls and booleans survive the round trip)', async () => {
    const [ticket] = await t.dbs.tickets.query<{ status: string; resolvedAt: Date | null; createdAt: Date }>(
      'SELECT status, resolved_at AS "resolvedAt", created_at AS "createdAt" FROM tickets.tickets WHERE id = $1',
      [SCENARIO.maria.ticketId],
    );
    expect(ticket).toEqual({ status: 'OPEN', resolvedAt: null, createdAt: new Date(AS_OF.getTime() - 3 * 86_400_000) });
    const [address] = await t.dbs.crm.query<{ isDefault: boolean; country: string }>(
      'SELECT is_default AS "isDefault", country FROM crm.addresses WHERE customer_id = $1 AND position = 1',
      [SCENARIO.maria.customerId],
    );
    expect(address).toEqual({ isDefault: true, country: 'DE' });
  });

  it('refuses to seed a database that already holds rows, and says how to go on', async () => {
    const attempt = seedDatabases(t.dbs, OPTIONS);
    await expect(attempt).rejects.toBeInstanceOf(SeedRefusedError);
    await expect(attempt).rejects.toThrow(/crm\.customers.*already hold rows.*--reset/);
  });

  it('finds references that point into the void', async () => {
    await t.dbs.logistics.query(
      "INSERT INTO logistics.shipments (id, tracking_number, order_id, customer_id, carrier, status, created_at) VALUES ('shp_999999', 'DHL99999999999', 'ord_999999', 'cus_1', 'DHL', 'LABEL_CREATED', now())",
    );
    await t.dbs.tickets.query("UPDATE tickets.tickets SET customer_id = 'cus_2' WHERE id = $1", [
      SCENARIO.maria.ticketId,
    ]);
    expect(await verifyCoherence(t.dbs)).toEqual([
      'logistics.shipments shp_999999: order ord_999999 is not in orders.orders',
      `tickets.tickets ${SCENARIO.maria.ticketId}: order ${SCENARIO.maria.orderId} belongs to cus_1, not cus_2`,
      `tickets.tickets ${SCENARIO.maria.ticketId}: shipment ${SCENARIO.maria.shipmentId} is addressed to cus_1, not cus_2`,
      // written behind the seeder's back, so the tickets database has no copy of its id either
      'tickets.shipment_refs: shipment shp_999999 of ord_999999 (DHL) is missing',
    ]);
  });

  it('with reset, empties the tables first and seeds again', async () => {
    const again = await seedDatabases(t.dbs, { ...OPTIONS, customers: 10, reset: true });
    const [row] = await t.dbs.crm.query<{ count: number }>('SELECT count(*)::int AS count FROM crm.customers');
    expect(row?.count).toBe(10);
    expect(again.rows.customers).toBe(10);
    expect(await verifyCoherence(t.dbs)).toEqual([]);
  });
});
