import { groupByKey } from '../../shared';
import type { Queryable } from '../../shared';
import type { NoteRow } from './rows';
import type { TimeCursor } from '../../shared';

/** One customer's page of notes: up to `limit` rows after `after`. */
export interface NotePageKey {
  customerId: string;
  limit: number;
  after: TimeCursor | null;
}

const COLUMNS = `n.id, n.customer_id AS "customerId", n.author, n.body, n.created_at AS "createdAt"`;

/** Batch reads of `crm.notes`; every method is one SQL statement whatever the number of customers. */
export function noteRepository(db: Queryable) {
  return {
    /**
     * A page of notes, newest first, for each key. Each key has its own size and cursor, so the keys go in as
     * parallel arrays and a LATERAL subquery takes each customer's page from the (customer_id, created_at, id) index.
     */
    async pageByCustomers(keys: readonly NotePageKey[]): Promise<NoteRow[][]> {
      const rows = await db.query<NoteRow & { keyIndex: number }>(
        `SELECT (k.ord - 1)::int AS "keyIndex", ${COLUMNS}
         FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::text[]) WITH ORDINALITY AS k(customer_id, lim, after_at, after_id, ord)
         CROSS JOIN LATERAL (
           SELECT * FROM crm.notes n
           WHERE n.customer_id = k.customer_id
             AND (k.after_at IS NULL OR (n.created_at, n.id) < (k.after_at, k.after_id))
           ORDER BY n.created_at DESC, n.id DESC
           LIMIT k.lim
         ) n
         ORDER BY k.ord, n.created_at DESC, n.id DESC`,
        [
          keys.map((key) => key.customerId),
          keys.map((key) => key.limit),
          keys.map((key) => key.after?.at.toISOString() ?? null),
          keys.map((key) => key.after?.id ?? null),
        ],
      );
      return groupByKey(
        keys.map((_, index) => index),
        rows,
        (row) => row.keyIndex,
      ).map((group) => group.map(({ keyIndex: _keyIndex, ...note }) => note));
    },

    /** How many notes each customer has. */
    async countByCustomerIds(customerIds: readonly string[]): Promise<number[]> {
      const rows = await db.query<{ customerId: string; count: number }>(
        `SELECT n.customer_id AS "customerId", count(*)::int AS count FROM crm.notes n
         WHERE n.customer_id = ANY($1::text[]) GROUP BY n.customer_id`,
        [customerIds],
      );
      const counts = new Map(rows.map((row) => [row.customerId, row.count]));
      return customerIds.map((id) => counts.get(id) ?? 0);
    },

    /** Every note of each customer (the timeline pages them together with other systems' events). */
    async findByCustomerIds(customerIds: readonly string[]): Promise<NoteRow[][]> {
      const rows = await db.query<NoteRow>(
        `SELECT ${COLUMNS} FROM crm.notes n WHERE n.customer_id = ANY($1::text[]) ORDER BY n.created_at DESC, n.id DESC`,
        [customerIds],
      );
      return groupByKey(customerIds, rows, (row) => row.customerId);
    },
  };
}
