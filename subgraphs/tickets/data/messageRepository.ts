import { preparedStatement } from '../../shared';
import type { Queryable } from '../../shared';
import type { TimeCursor } from '../../shared';
import type { MessageRow } from './rows';

/** One page of a ticket's conversation: up to `limit` messages after `after`, earliest first. */
export interface MessagePageKey {
  ticketId: string;
  limit: number;
  after: TimeCursor | null;
}

export interface MessagePage {
  rows: MessageRow[];
  /** Messages of the ticket in all, whatever the page. */
  totalCount: number;
}

/** Ticket conversations, read for every ticket of a batch at once. */
export function messageRepository(db: Queryable) {
  return {
    /**
     * One page and its ticket's total per key, in key order, in one statement: the count is a LATERAL beside the
     * page, and the page is LEFT JOINed so a ticket with no (more) messages still reports its total.
     */
    async pageByTickets(keys: readonly MessagePageKey[]): Promise<MessagePage[]> {
      const rows = await db.query<Partial<MessageRow> & { keyIndex: number; totalCount: number }>(
        preparedStatement(`SELECT k.ord::int - 1 AS "keyIndex",
                c.total AS "totalCount",
                m.id,
                m.ticket_id AS "ticketId",
                m.channel,
                m.direction,
                m.author,
                m.agent_id AS "agentId",
                m.consulted_team_code AS "consultedTeamCode",
                m.body,
                m.sent_at AS "sentAt"
           FROM unnest($1::text[], $2::int[], $3::text[], $4::text[])
                WITH ORDINALITY AS k(ticket_id, lim, after_at, after_id, ord)
          CROSS JOIN LATERAL (
                SELECT count(*)::int AS total FROM tickets.messages WHERE ticket_id = k.ticket_id) c
           LEFT JOIN LATERAL (
                SELECT * FROM tickets.messages x
                 WHERE x.ticket_id = k.ticket_id
                   AND (k.after_id IS NULL
                        OR (date_trunc('milliseconds', x.sent_at), x.id) > (k.after_at::timestamptz, k.after_id))
                 ORDER BY date_trunc('milliseconds', x.sent_at), x.id
                 LIMIT k.lim) m ON true
          ORDER BY k.ord, date_trunc('milliseconds', m.sent_at), m.id`),
        [
          keys.map((key) => key.ticketId),
          keys.map((key) => key.limit),
          keys.map((key) => key.after?.at.toISOString() ?? null),
          keys.map((key) => key.after?.id ?? null),
        ],
      );
      const pages: MessagePage[] = keys.map(() => ({ rows: [], totalCount: 0 }));
      for (const { keyIndex, totalCount, ...message } of rows) {
        const page = pages[keyIndex];
        if (!page) continue;
        page.totalCount = totalCount;
        // the LEFT JOIN yields one all-null message for a key whose page is empty
        if (message.id !== null) page.rows.push(message as MessageRow);
      }
      return pages;
    },
  };
}

export type MessageRepository = ReturnType<typeof messageRepository>;
