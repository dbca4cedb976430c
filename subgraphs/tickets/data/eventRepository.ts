import { groupByKey } from '../../shared';
import type { Queryable } from '../../shared';
import type { TicketEventRow } from './rows';

/** Ticket history, read for every ticket of a batch at once. */
export function eventRepository(db: Queryable) {
  return {
    /** Every event of each ticket, earliest first. */
    async findByTicketIds(ticketIds: readonly string[]): Promise<TicketEventRow[][]> {
      const rows = await db.query<TicketEventRow>(
        `SELECT e.id,
                e.ticket_id AS "ticketId",
                e.kind,
                e.from_status AS "fromStatus",
                e.to_status AS "toStatus",
                e.team_code AS "teamCode",
                e.agent_id AS "agentId",
                e.actor,
                e.acted_by AS "actedBy",
                coalesce(e.details->>'text', '') AS text,
                e.at
           FROM tickets.ticket_events e
          WHERE e.ticket_id = ANY($1::text[])
          ORDER BY e.at, (substr(e.id, 5))::bigint`,
        [ticketIds],
      );
      return groupByKey(ticketIds, rows, (row) => row.ticketId);
    },
  };
}

export type EventRepository = ReturnType<typeof eventRepository>;
