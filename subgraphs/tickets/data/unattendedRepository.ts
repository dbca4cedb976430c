import type { Queryable, TimeCursor } from '../../shared';
import type { UnattendedReason } from '../__generated__/resolvers-types';
import type { TicketRow } from './rows';
import { TICKET_COLUMNS } from './ticketColumns';
import { REASON_FLAGS } from './unattendedRows';
import type { TeamUnattendedRow, UnattendedFilter, UnattendedRow } from './unattendedRows';
import { UNATTENDED_CTES } from './unattendedSql';

export interface UnattendedPageKey extends UnattendedFilter {
  /** Rows to fetch (a page size + 1, so the caller knows whether there is a next page). */
  limit: number;
  after: TimeCursor | null;
}

export interface UnattendedPage {
  rows: UnattendedRow[];
  totalCount: number;
}

type Flags = Record<string, boolean | null>;
type PageRow = Partial<TicketRow> & Flags & { totalCount: number; waitingSince: Date | null };

const FLAG_COLUMNS = REASON_FLAGS.map(([, column]) => `u.${column}`).join(', ');
const REASON_COUNTS = REASON_FLAGS.map(([, column]) => `count(*) FILTER (WHERE u.${column})::int AS ${column}`).join(
  ',\n',
);

// Ids compare with the C collation in both the order and the cursor, so pages never skip or repeat a row on any
// database locale.
const PAGE_SQL = `
  WITH ${UNATTENDED_CTES},
  total AS (SELECT count(*)::int AS n FROM unattended)
  SELECT total.n AS "totalCount", page.*
    FROM total
    LEFT JOIN LATERAL (
      SELECT ${TICKET_COLUMNS}, ${FLAG_COLUMNS}, u.waiting_since AS "waitingSince"
        FROM unattended u
        JOIN tickets.tickets t ON t.id = u.id
       WHERE $5::timestamptz IS NULL
          OR (u.waiting_since, u.id COLLATE "C") > ($5::timestamptz, $6::text COLLATE "C")
       ORDER BY u.waiting_since, u.id COLLATE "C"
       LIMIT $7::int
    ) page ON true`;

const SUMMARY_SQL = `
  WITH ${UNATTENDED_CTES}
  SELECT tm.code AS "teamCode",
         tm.name AS "teamName",
         count(u.id)::int AS count,
         min(u.waiting_since) AS "oldestWaitingSince",
         ${REASON_COUNTS}
    FROM tickets.teams tm
    LEFT JOIN unattended u ON u.team_code = tm.code
   GROUP BY tm.code, tm.name
   ORDER BY count(u.id) DESC, tm.code`;

function params(filter: UnattendedFilter): unknown[] {
  return [filter.now, filter.dueWithinMinutes, filter.consultWaitingMinutes, filter.team];
}

/** Reads of the unattended tickets: one statement for a page with its total, one for the per-team summary. */
export function unattendedRepository(db: Queryable) {
  return {
    async page(key: UnattendedPageKey): Promise<UnattendedPage> {
      const rows = await db.query<PageRow>(PAGE_SQL, [
        ...params(key),
        key.after?.at ?? null,
        key.after?.id ?? null,
        key.limit,
      ]);
      const totalCount = rows[0]?.totalCount ?? 0;
      const found = rows.filter((row) => typeof row.id === 'string');
      return {
        totalCount,
        rows: found.map((row) => {
          const reasons: UnattendedReason[] = REASON_FLAGS.filter(([, column]) => row[column] === true).map(
            ([reason]) => reason,
          );
          const { totalCount: _total, waitingSince, ...rest } = row;
          for (const [, column] of REASON_FLAGS) delete (rest as Flags)[column];
          return { ticket: rest as TicketRow, reasons, waitingSince: waitingSince as Date };
        }),
      };
    },

    async summary(filter: UnattendedFilter): Promise<TeamUnattendedRow[]> {
      const rows = await db.query<Omit<TeamUnattendedRow, 'byReason'> & Record<string, number | string | Date | null>>(
        SUMMARY_SQL,
        params(filter),
      );
      return rows.map((row) => ({
        teamCode: row.teamCode,
        teamName: row.teamName,
        count: row.count,
        oldestWaitingSince: row.oldestWaitingSince,
        byReason: REASON_FLAGS.map(([reason, column]) => ({ reason, count: Number(row[column] ?? 0) })),
      }));
    },
  };
}

export type UnattendedRepository = ReturnType<typeof unattendedRepository>;
