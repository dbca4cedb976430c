import { groupByKey, preparedStatement } from '../../shared';
import type { Queryable } from '../../shared';
import type { HandoffRow } from './rows';

/** Ticket hand-offs (transfers and consultations), read for every ticket of a batch at once. */
export function handoffRepository(db: Queryable) {
  return {
    /** Every hand-off of each ticket, earliest first. */
    async findByTicketIds(ticketIds: readonly string[]): Promise<HandoffRow[][]> {
      const rows = await db.query<HandoffRow>(
        preparedStatement(`SELECT h.id,
                h.ticket_id AS "ticketId",
                h.kind,
                h.from_team_code AS "fromTeamCode",
                h.to_team_code AS "toTeamCode",
                h.reason,
                h.by_agent_id AS "byAgentId",
                h.at
           FROM tickets.handoffs h
          WHERE h.ticket_id = ANY($1::text[])
          ORDER BY h.at, h.id`),
        [ticketIds],
      );
      return groupByKey(ticketIds, rows, (row) => row.ticketId);
    },
  };
}

export type HandoffRepository = ReturnType<typeof handoffRepository>;
