import type { SubgraphName } from '../../subgraphs/shared/catalog';
import type { Db } from '../../subgraphs/shared/db';
import { piiDigestsOf } from '../../subgraphs/shared/pii/freeTextMasking';

const PAGE = 2_000;

/**
 * Whether the tickets database lacks the digests of the customers' contact data (tickets migration 007) while crm
 * has customers: a data set seeded before that migration. Ticket texts are still masked by the detectors; only
 * the customer's own values written in ways no detector knows (a street without its number) would show.
 */
export async function piiDigestsMissing(dbs: Record<SubgraphName, Db>): Promise<boolean> {
  const [digests] = await dbs.tickets.query<{ any: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM tickets.customer_pii_digests) AS any',
  );
  if (digests?.any) return false;
  const [customers] = await dbs.crm.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM crm.customers) AS any');
  return customers?.any === true;
}

interface CustomerValues {
  id: string;
  email: string;
  phone: string | null;
  streets: string[];
}

/**
 * Computes the digests of every customer's e-mail, phone and streets from crm, page by page in id order, and
 * writes them to the tickets database (only digests cross over). Safe to run again. Returns the rows written.
 */
export async function backfillPiiDigests(dbs: Record<SubgraphName, Db>): Promise<number> {
  let after = '';
  let written = 0;
  for (;;) {
    const page = await dbs.crm.query<CustomerValues>(
      `SELECT c.id, c.email, c.phone,
              coalesce(array_agg(a.street ORDER BY a.position) FILTER (WHERE a.id IS NOT NULL), '{}') AS streets
       FROM crm.customers c LEFT JOIN crm.addresses a ON a.customer_id = c.id
       WHERE c.id > $1 GROUP BY c.id ORDER BY c.id LIMIT ${PAGE}`,
      [after],
    );
    if (page.length === 0) return written;
    const rows = page.flatMap((customer) =>
      piiDigestsOf({ emails: [customer.email], phones: [customer.phone], streets: customer.streets }).map((digest) => ({
        customerId: customer.id,
        ...digest,
      })),
    );
    const inserted = await dbs.tickets.query(
      `INSERT INTO tickets.customer_pii_digests (customer_id, kind, digest, length)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int4[])
       ON CONFLICT DO NOTHING RETURNING 1`,
      [
        rows.map((row) => row.customerId),
        rows.map((row) => row.kind),
        rows.map((row) => row.digest),
        rows.map((row) => row.length),
      ],
    );
    written += inserted.length;
    after = (page[page.length - 1] as CustomerValues).id;
  }
}
