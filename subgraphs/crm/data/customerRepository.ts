import { byKey, notFound } from '../../shared';
import type { Queryable } from '../../shared';
import type { CustomerRow } from './rows';
import type { TimeCursor } from '../../shared';

const COLUMNS = `c.id, c.name, c.email, c.phone, c.tier, c.preferred_channel AS "preferredChannel", c.created_at AS "createdAt"`;

/** Batch reads of `crm.customers`; every method is one SQL statement. */
export function customerRepository(db: Queryable) {
  return {
    async findByIds(ids: readonly string[]): Promise<(CustomerRow | Error)[]> {
      const rows = await db.query<CustomerRow>(`SELECT ${COLUMNS} FROM crm.customers c WHERE c.id = ANY($1::text[])`, [
        ids,
      ]);
      return byKey(
        ids,
        rows,
        (row) => row.id,
        (id) => notFound('customer', 'id', id),
      );
    },

    /** `emails` must be lower-cased already: the match is on lower(email), which the unique index covers. */
    async findByEmails(emails: readonly string[]): Promise<(CustomerRow | Error)[]> {
      const rows = await db.query<CustomerRow>(
        `SELECT ${COLUMNS} FROM crm.customers c WHERE lower(c.email) = ANY($1::text[])`,
        [emails],
      );
      return byKey(
        emails,
        rows,
        (row) => row.email.toLowerCase(),
        (email) => notFound('customer', 'email', email),
      );
    },

    /** `phones` must be in E.164 form, as stored. */
    async findByPhones(phones: readonly string[]): Promise<(CustomerRow | Error)[]> {
      const rows = await db.query<CustomerRow>(
        // phone is not unique: byKey keeps the last row per key, so sorting newest first makes the oldest record win
        `SELECT ${COLUMNS} FROM crm.customers c WHERE c.phone = ANY($1::text[]) ORDER BY c.created_at DESC, c.id DESC`,
        [phones],
      );
      return byKey(
        phones,
        rows,
        (row) => row.phone ?? '',
        (phone) => notFound('customer', 'phone', phone),
      );
    },

    /** Up to `limit` customers newest first (created_at DESC, id DESC), after `after` when given. */
    page(limit: number, after: TimeCursor | null): Promise<CustomerRow[]> {
      return db.query<CustomerRow>(
        `SELECT ${COLUMNS} FROM crm.customers c
         WHERE $2::timestamptz IS NULL OR (c.created_at, c.id) < ($2::timestamptz, $3::text)
         ORDER BY c.created_at DESC, c.id DESC
         LIMIT $1`,
        [limit, after?.at.toISOString() ?? null, after?.id ?? null],
      );
    },

    async count(): Promise<number> {
      const [row] = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM crm.customers`);
      return row?.count ?? 0;
    },
  };
}

export type CustomerRepository = ReturnType<typeof customerRepository>;
