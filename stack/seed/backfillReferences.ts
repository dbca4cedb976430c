import type { SubgraphName } from '../../subgraphs/shared/catalog';
import type { Db, Queryable } from '../../subgraphs/shared/db';
import { copyFactsOntoTickets, ticketFactsMissing } from '../../subgraphs/tickets/data/ticketFactsStore';

const PAGE = 5_000;

export interface BackfilledReferences {
  /** Customer ids inserted (migration 006). */
  customers: number;
  /** Order ids inserted. */
  orders: number;
  /** Shipment ids inserted with their carrier, or copied before migration 010 and given their carrier now. */
  shipments: number;
  /** (order, sku) pairs inserted (migration 010). */
  orderSkus: number;
  /** Tickets given their order's skus or their shipment's carrier from the copy (migration 011). */
  tickets: number;
}

/**
 * Whether the tickets database lacks part of its copy of the owners' rows while crm has customers: the ids (tickets
 * migration 006), the facts the complaint KPIs count by (migration 010: no sku of any order, or a shipment without
 * its carrier), or those facts on the tickets themselves (011): a data set seeded before those migrations.
 * openTicket would refuse every customer, and the complaints per product and carrier would miss tickets, until it
 * is backfilled. Cheap: each test stops at the first row it finds.
 */
export async function referencesMissing(dbs: Record<SubgraphName, Db>): Promise<boolean> {
  const [refs] = await dbs.tickets.query<{ missing: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM tickets.customer_refs)
            OR EXISTS (SELECT 1 FROM tickets.shipment_refs WHERE carrier IS NULL)
            OR (EXISTS (SELECT 1 FROM tickets.order_refs) AND NOT EXISTS (SELECT 1 FROM tickets.order_ref_skus))
            AS missing`,
  );
  if (!refs?.missing && !(await ticketFactsMissing(dbs.tickets))) return false;
  const [customers] = await dbs.crm.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM crm.customers) AS any');
  return customers?.any === true;
}

/**
 * Copies every customer, order and shipment id (with the ids they belong to, and a shipment's carrier) and the
 * distinct skus of every order from crm, orders and logistics into the tickets database's reference tables, page by
 * page in id order, skipping the rows it has, then onto each ticket its order's skus and its shipment's carrier.
 * Reads each owner through its own connection, so it works for one embedded PGlite and for a PostgreSQL database
 * per subgraph alike (a migration cannot: in production it does not see the other databases). Safe to run again.
 */
export async function backfillReferences(dbs: Record<SubgraphName, Db>): Promise<BackfilledReferences> {
  const copied: BackfilledReferences = {
    customers: await copy(dbs.crm, 'SELECT id FROM crm.customers', dbs.tickets, 'tickets.customer_refs', [
      'customer_id',
    ]),
    orders: await copy(dbs.orders, 'SELECT id, customer_id FROM orders.orders', dbs.tickets, 'tickets.order_refs', [
      'order_id',
      'customer_id',
    ]),
    // a row copied before migration 010 has no carrier yet: fill it (the carrier never changes, so nothing else)
    shipments: await copy(
      dbs.logistics,
      'SELECT id, order_id, customer_id, carrier FROM logistics.shipments',
      dbs.tickets,
      'tickets.shipment_refs',
      ['shipment_id', 'order_id', 'customer_id', 'carrier'],
      `(shipment_id) DO UPDATE SET carrier = EXCLUDED.carrier WHERE tickets.shipment_refs.carrier IS NULL`,
    ),
    orderSkus: await copyOrderSkus(dbs.orders, dbs.tickets),
    tickets: await copyFactsOntoTickets(dbs.tickets),
  };
  // filling in carriers and ticket facts left a dead version of every row it updated: where autovacuum is off (the
  // benchmark's server) or lags, every scan of the tickets, the KPIs' among them, would read twice the pages
  if (copied.shipments > 0 || copied.tickets > 0) {
    await dbs.tickets.exec('VACUUM (ANALYZE) tickets.shipment_refs, tickets.tickets');
  }
  return copied;
}

/**
 * Pages through `select` (its first column is the id) and inserts each page into `table`'s `columns`; a row whose
 * key is there already is left alone, or handled by `onConflict` (`<target> DO UPDATE …`). Returns the rows written.
 */
async function copy(
  from: Queryable,
  select: string,
  to: Queryable,
  table: string,
  columns: readonly string[],
  onConflict = 'DO NOTHING',
): Promise<number> {
  let written = 0;
  await pages<{ id: string } & Record<string, string>>(from, select, async (page) => {
    const keys = Object.keys(page[0]!);
    const rows = await to.query(
      `INSERT INTO ${table} (${columns.join(', ')})
       SELECT * FROM unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(', ')})
       ON CONFLICT ${onConflict} RETURNING 1`,
      keys.map((key) => page.map((row) => row[key])),
    );
    written += rows.length;
  });
  return written;
}

/**
 * Copies the distinct skus of every order, a page of orders at a time (an order's skus never span two pages). Each
 * order's lines are read by index: grouping order_lines instead sorted the rest of the table on every page.
 */
async function copyOrderSkus(from: Queryable, to: Queryable): Promise<number> {
  let written = 0;
  await pages<{ id: string; skus: string[] }>(
    from,
    `SELECT o.id, ARRAY(SELECT DISTINCT l.sku FROM orders.order_lines l WHERE l.order_id = o.id) AS skus
       FROM orders.orders o`,
    async (page) => {
      const pairs = page.flatMap(({ id, skus }) => skus.map((sku) => [id, sku] as const));
      const rows = await to.query(
        `INSERT INTO tickets.order_ref_skus (order_id, sku)
         SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT DO NOTHING RETURNING 1`,
        [pairs.map(([id]) => id), pairs.map(([, sku]) => sku)],
      );
      written += rows.length;
    },
  );
  return written;
}

/** Hands `select`'s rows (its first column is `id`) to `each`, PAGE rows at a time in id order. */
async function pages<Row extends { id: string }>(
  from: Queryable,
  select: string,
  each: (page: Row[]) => Promise<void>,
): Promise<void> {
  let after = '';
  for (;;) {
    const page = await from.query<Row>(`SELECT * FROM (${select}) s WHERE s.id > $1 ORDER BY s.id LIMIT ${PAGE}`, [
      after,
    ]);
    if (page.length === 0) return;
    await each(page);
    after = page[page.length - 1]!.id;
  }
}
