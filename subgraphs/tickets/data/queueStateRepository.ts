import type { Queryable } from '../../shared';
import type { UnattendedReason } from '../__generated__/resolvers-types';
import { REASON_FLAGS } from './unattendedRows';
import { unattendedCtes } from './unattendedSql';

/** The windows that decide which tickets are unattended (the `now` comes with each refresh). */
export interface QueueWindows {
  dueWithinMinutes: number;
  consultWaitingMinutes: number;
}

/** A ticket whose queue state changed, before (`from`) and after (`to`); null where it is not in any queue. */
export interface QueueChangeRow {
  ticketId: string;
  ticketNumber: string;
  customerId: string;
  from: { teamCode: string; reasons: UnattendedReason[] } | null;
  to: { teamCode: string; reasons: UnattendedReason[] } | null;
}

// the reasons of a ticket as an array in UnattendedReason order (REASON_FLAGS is that order)
const REASONS = `array_remove(ARRAY[${REASON_FLAGS.map(([reason, column]) => `CASE WHEN u.${column} THEN '${reason}' END`).join(', ')}]::text[], NULL)`;

/**
 * The unattended state now of the tickets in $5 (text[]; NULL: every ticket), from THE definition of unattended
 * (unattendedSql.ts): $1 now, $2 at-risk window, $3 consult threshold, $4 NULL (every team).
 */
const CURRENT = `${unattendedCtes(true)},
  current_state AS (
    SELECT u.id AS ticket_id, u.team_code, ${REASONS} AS reasons
      FROM unattended u
     WHERE $5::text[] IS NULL OR u.id = ANY ($5::text[])
  )`;

const TICKET = `JOIN tickets.tickets t ON t.id = x.ticket_id`;
const KEYS = `x.ticket_id AS "ticketId", t.number AS "ticketNumber", t.customer_id AS "customerId"`;

// Unattended now and in no queue before: ENTERED.
const ENTER_SQL = `
  WITH ${CURRENT},
  x AS (
    INSERT INTO tickets.queue_state (ticket_id, team_code, reasons, changed_at)
    SELECT c.ticket_id, c.team_code, c.reasons, $1::timestamptz FROM current_state c
    ON CONFLICT (ticket_id) DO NOTHING
    RETURNING ticket_id, team_code, reasons
  )
  SELECT ${KEYS}, NULL AS "fromTeam", NULL AS "fromReasons", x.team_code AS "toTeam", x.reasons AS "toReasons"
    FROM x ${TICKET}`;

// In a queue before, with another team or other reasons now: a transfer or REASONS_CHANGED.
const CHANGE_SQL = `
  WITH ${CURRENT},
  x AS (
    UPDATE tickets.queue_state q
       SET team_code = d.team_code, reasons = d.reasons, changed_at = $1::timestamptz
      FROM (SELECT c.*, o.team_code AS old_team, o.reasons AS old_reasons
              FROM current_state c
              JOIN tickets.queue_state o ON o.ticket_id = c.ticket_id
             WHERE (o.team_code, o.reasons) IS DISTINCT FROM (c.team_code, c.reasons)) d
     WHERE q.ticket_id = d.ticket_id
    RETURNING q.ticket_id, d.old_team, d.old_reasons, q.team_code, q.reasons
  )
  SELECT ${KEYS}, x.old_team AS "fromTeam", x.old_reasons AS "fromReasons", x.team_code AS "toTeam",
         x.reasons AS "toReasons"
    FROM x ${TICKET}`;

// In a queue before, attended now (answered, taken, resolved…): LEFT.
const LEAVE_SQL = `
  WITH ${CURRENT},
  x AS (
    DELETE FROM tickets.queue_state q
     WHERE ($5::text[] IS NULL OR q.ticket_id = ANY ($5::text[]))
       AND NOT EXISTS (SELECT 1 FROM current_state c WHERE c.ticket_id = q.ticket_id)
    RETURNING q.ticket_id, q.team_code, q.reasons
  )
  SELECT ${KEYS}, x.team_code AS "fromTeam", x.reasons AS "fromReasons", NULL AS "toTeam", NULL AS "toReasons"
    FROM x ${TICKET}`;

// Every ticket unattended now, written without a word: the baseline of a database the clock sees first.
const FILL_SQL = `
  WITH ${CURRENT}
  INSERT INTO tickets.queue_state (ticket_id, team_code, reasons, changed_at)
  SELECT c.ticket_id, c.team_code, c.reasons, $1::timestamptz FROM current_state c
  ON CONFLICT (ticket_id) DO UPDATE SET team_code = excluded.team_code, reasons = excluded.reasons,
                                        changed_at = excluded.changed_at`;

interface RawChange {
  ticketId: string;
  ticketNumber: string;
  customerId: string;
  fromTeam: string | null;
  fromReasons: UnattendedReason[] | null;
  toTeam: string | null;
  toReasons: UnattendedReason[] | null;
}

function side(team: string | null, reasons: UnattendedReason[] | null): QueueChangeRow['from'] {
  return team === null ? null : { teamCode: team, reasons: reasons ?? [] };
}

function toChange(row: RawChange): QueueChangeRow {
  return {
    ticketId: row.ticketId,
    ticketNumber: row.ticketNumber,
    customerId: row.customerId,
    from: side(row.fromTeam, row.fromReasons),
    to: side(row.toTeam, row.toReasons),
  };
}

/**
 * The stored team queue against the unattended state now. Each kind of change is one statement that writes the
 * rows that differ and returns them; the caller runs them in one transaction under the queue lock (see
 * jobs/refreshQueue.ts), which is what makes each change reported once across replicas.
 */
export function queueStateRepository(db: Queryable) {
  const run = async (sql: string, now: Date, windows: QueueWindows, ticketIds: readonly string[] | null) =>
    (
      await db.query<RawChange>(sql, [
        now,
        windows.dueWithinMinutes,
        windows.consultWaitingMinutes,
        null,
        ticketIds === null ? null : [...ticketIds],
      ])
    ).map(toChange);
  return {
    /**
     * Serialises refreshes across replicas until the transaction ends, so a refresh reads after the last one wrote:
     * a refresh of every ticket (the clock) excludes all others; refreshes of given tickets (after writes) share
     * that lock and exclude only each other's tickets, so writes to different tickets do not queue behind one
     * another. Ticket locks are taken in id order: two refreshes cannot deadlock.
     */
    async lock(ticketIds: readonly string[] | null = null): Promise<void> {
      if (ticketIds === null) {
        await db.query(`SELECT pg_advisory_xact_lock(hashtext('c360:tickets:queue_state'))`);
        return;
      }
      await db.query(`SELECT pg_advisory_xact_lock_shared(hashtext('c360:tickets:queue_state'))`);
      await db.query(
        `SELECT pg_advisory_xact_lock(hashtext('c360:tickets:queue_state:' || s.id))
           FROM (SELECT id FROM unnest($1::text[]) AS id ORDER BY id) s`,
        [[...new Set(ticketIds)]],
      );
    },

    /** Takes the baseline unless one was taken: true when this call took it (and so must fill the queue silently). */
    async takeBaseline(now: Date): Promise<boolean> {
      const taken = await db.query(
        `INSERT INTO tickets.queue_baseline (taken_at) VALUES ($1::timestamptz) ON CONFLICT DO NOTHING RETURNING 1`,
        [now],
      );
      return taken.length > 0;
    },

    async fillSilently(now: Date, windows: QueueWindows): Promise<void> {
      await db.query(FILL_SQL, [now, windows.dueWithinMinutes, windows.consultWaitingMinutes, null, null]);
    },

    entered: (now: Date, windows: QueueWindows, ticketIds: readonly string[] | null) =>
      run(ENTER_SQL, now, windows, ticketIds),
    changed: (now: Date, windows: QueueWindows, ticketIds: readonly string[] | null) =>
      run(CHANGE_SQL, now, windows, ticketIds),
    left: (now: Date, windows: QueueWindows, ticketIds: readonly string[] | null) =>
      run(LEAVE_SQL, now, windows, ticketIds),
  };
}
