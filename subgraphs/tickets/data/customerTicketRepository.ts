import { preparedStatement } from '../../shared';
import type { PageWithTotal, Queryable } from '../../shared';
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

/** Customer ticket lists with their totals, read for every customer of a batch at once. */
export function customerTicketRepository(db: Queryable) {
  return {
    /**
     * One page and the filter's total per key, in key order, in one statement: the count is a LATERAL beside the
     * page (each key its own LATERAL subquery with its own LIMIT), and the page is LEFT JOINed so a customer with no
     * (more) tickets still reports the total.
     */
    async pageByCustomers(keys: readonly CustomerTicketPageKey[]): Promise<PageWithTotal<TicketRow>[]> {
      const rows = await db.query<TicketRow & { keyIndex: number; totalCount: number; hasRow: boolean }>(
        preparedStatement(`SELECT k.ord::int - 1 AS "keyIndex", n.total AS "totalCount", t.id IS NOT NULL AS "hasRow", ${TICKET_COLUMNS}
           FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[])
                WITH ORDINALITY AS k(customer_id, statuses, lim, after_at, after_id, ord)
          CROSS JOIN LATERAL (
                SELECT count(*)::int AS total FROM tickets.tickets c
                 WHERE c.customer_id = k.customer_id
                   AND (k.statuses IS NULL OR c.status = ANY(string_to_array(k.statuses, ',')))) n
           LEFT JOIN LATERAL (
                SELECT * FROM tickets.tickets x
                 WHERE x.customer_id = k.customer_id
                   AND (k.statuses IS NULL OR x.status = ANY(string_to_array(k.statuses, ',')))
                   AND (k.after_id IS NULL
                        OR (date_trunc('milliseconds', x.created_at), x.id) < (k.after_at::timestamptz, k.after_id))
                 ORDER BY date_trunc('milliseconds', x.created_at) DESC, x.id DESC
                 LIMIT k.lim) t ON true
          ORDER BY k.ord, date_trunc('milliseconds', t.created_at) DESC, t.id DESC`),
        [
          keys.map((key) => key.customerId),
          keys.map((key) => joinStatuses(key.statuses)),
          keys.map((key) => key.limit),
          keys.map((key) => key.after?.at.toISOString() ?? null),
          keys.map((key) => key.after?.id ?? null),
        ],
      );
      const pages: PageWithTotal<TicketRow>[] = keys.map(() => ({ rows: [], totalCount: 0 }));
      for (const { keyIndex, totalCount, hasRow, ...row } of rows) {
        const page = pages[keyIndex];
        if (!page) continue;
        page.totalCount = totalCount;
        // the LEFT JOIN yields one all-null ticket for a key whose page is empty
        if (hasRow) page.rows.push(row);
      }
      return pages;
    },
  };
}

export type CustomerTicketRepository = ReturnType<typeof customerTicketRepository>;
