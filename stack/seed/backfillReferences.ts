import type { SubgraphName } from '../../subgraphs/shared/catalog';
import type { Db, Queryable } from '../../subgraphs/shared/db';

const PAGE = 5_000;

export interface BackfilledReferences {
  customers: number;
  orders: number;
  shipments: number;
}

/**
 * Whether the tickets database lacks its copy of the owners' ids (tickets migration 006) while crm has customers:
 * a data set seeded before that migration. openTicket would refuse every customer until it is backfilled.
 */
export async function referencesMissing(dbs: Record<SubgraphName, Db>): Promise<boolean> {
  const [refs] = await dbs.tickets.query<{ any: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM tickets.customer_refs) AS any',
  );
  if (refs?.any) return false;
  const [customers] = await dbs.crm.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM crm.customers) AS any');
  return customers?.any === true;
}

/**
 * Copies every customer, order and shipment id (with the ids they belong to) from crm, orders and logistics into the
 * tickets database's reference tables, page by page in id order, skipping the ones it has. Reads each owner through
 * its own connection, so it works for one embedded PGlite and for a PostgreSQL database per subgraph alike (a
 * migration cannot: in production it does not see the other databases). Safe to run again.
 */
export async function backfillReferences(dbs: Record<SubgraphName, Db>): Promise<BackfilledReferences> {
  return {
    customers: await copy(dbs.crm, 'SELECT id FROM crm.customers', dbs.tickets, 'tickets.customer_refs', [
      'customer_id',
    ]),
    orders: await copy(dbs.orders, 'SELECT id, customer_id FROM orders.orders', dbs.tickets, 'tickets.order_refs', [
      'order_id',
      'customer_id',
    ]),
    shipments: await copy(
      dbs.logistics,
      'SELECT id, order_id, customer_id FROM logistics.shipments',
      dbs.tickets,
      'tickets.shipment_refs',
      ['shipment_id', 'order_id', 'customer_id'],
    ),
  };
}

/** Pages through `select` (its first column is the id) and inserts each page into `table`'s `columns`. */
async function copy(
  from: Queryable,
  select: string,
  to: Queryable,
  table: string,
  columns: readonly string[],
): Promise<number> {
  let after = '';
  let inserted = 0;
  for (;;) {
    const page = await from.query<Record<string, string>>(
      `SELECT * FROM (${select}) s WHERE s.id > $1 ORDER BY s.id LIMIT ${PAGE}`,
      [after],
    );
    if (page.length === 0) return inserted;
    const keys = Object.keys(page[0]!);
    const rows = await to.query(
      `INSERT INTO ${table} (${columns.join(', ')})
       SELECT * FROM unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(', ')})
       ON CONFLICT DO NOTHING RETURNING 1`,
      keys.map((key) => page.map((row) => row[key])),
    );
    inserted += rows.length;
    after = page[page.length - 1]!['id']!;
  }
}
