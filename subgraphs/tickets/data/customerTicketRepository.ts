import type { Queryable } from '../../shared';
import type { TicketStatus } from '../__generated__/resolvers-types';
import type { TimeCursor } from '../../shared';
import type { TicketRow } from './rows';
import { TICKET_COLUMNS } from './ticketColumns';

/** Which of a customer's tickets a list shows: null statuses means every status. */
export interface CustomerTicketFilter {
  customerId: string;
  statuses: readonly TicketStatus[] | null;
}

/** One page of a customer's tickets: up to `limit` rows after `after`, newest first. */
export interface CustomerTicketPageKey extends CustomerTicketFilter {
  limit: number;
  after: TimeCursor | null;
}

// Statuses travel as one comma-joined string per key: SQL arrays must be rectangular, and keys in a batch may
// filter on different numbers of statuses.
function joinStatuses(statuses: readonly TicketStatus[] | null): string | null {
  return statuses === null ? null : statuses.join(',');
}

/** Customer ticket lists, read for every customer of a batch at once. */
export function customerTicketRepository(db: Queryable) {
  return {
    /** One page per key, in key order, in one statement (each key its own LATERAL subquery with its own LIMIT). */
    async pageByCustomers(keys: readonly CustomerTicketPageKey[]): Promise<TicketRow[][]> {
      const rows = await db.query<TicketRow & { keyIndex: number }>(
        `SELECT k.ord::int - 1 AS "keyIndex", ${TICKET_COLUMNS}
           FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[])
                WITH ORDINALITY AS k(customer_id, statuses, lim, after_at, after_id, ord)
          CROSS JOIN LATERAL (
                SELECT * FROM tickets.tickets x
                 WHERE x.customer_id = k.customer_id
                   AND (k.statuses IS NULL OR x.status = ANY(string_to_array(k.statuses, ',')))
                   AND (k.after_id IS NULL
                        OR (date_trunc('milliseconds', x.created_at), x.id) < (k.after_at::timestamptz, k.after_id))
                 ORDER BY date_trunc('milliseconds', x.created_at) DESC, x.id DESC
                 LIMIT k.lim) t
          ORDER BY k.ord, date_trunc('milliseconds', t.created_at) DESC, t.id DESC`,
        [
          keys.map((key) => key.customerId),
          keys.map((key) => joinStatuses(key.statuses)),
          keys.map((key) => key.limit),
          keys.map((key) => key.after?.at.toISOString() ?? null),
          keys.map((key) => key.after?.id ?? null),
        ],
      );
      const pages: TicketRow[][] = keys.map(() => []);
      for (const { keyIndex, ...row } of rows) pages[keyIndex]?.push(row);
      return pages;
    },

    /** How many tickets match each filter, in key order, in one statement. */
    async countByCustomers(keys: readonly CustomerTicketFilter[]): Promise<number[]> {
      const rows = await db.query<{ keyIndex: number; total: number }>(
        `SELECT k.ord::int - 1 AS "keyIndex",
                (SELECT count(*)::int FROM tickets.tickets t
                  WHERE t.customer_id = k.customer_id
                    AND (k.statuses IS NULL OR t.status = ANY(string_to_array(k.statuses, ',')))) AS total
           FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS k(customer_id, statuses, ord)`,
        [keys.map((key) => key.customerId), keys.map((key) => joinStatuses(key.statuses))],
      );
      const totals = keys.map(() => 0);
      for (const row of rows) totals[row.keyIndex] = row.total;
      return totals;
    },
  };
}

export type CustomerTicketRepository = ReturnType<typeof customerTicketRepository>;
