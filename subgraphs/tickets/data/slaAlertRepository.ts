import type { Queryable } from '../../shared';

/** The deadlines of a ticket the SLA clock watches. */
export type SlaDeadline = 'FIRST_RESPONSE' | 'RESOLUTION';

/** Minutes before a due time at which an alert fires; 0 = the deadline passed (breached). Largest first. */
export const SLA_STAGES: readonly number[] = [240, 120, 60, 30, 15, 5, 0];

/** One alert this scan claimed: only the claiming replica announces it. */
export interface ClaimedSlaAlert {
  ticketId: string;
  ticketNumber: string;
  customerId: string;
  teamCode: string;
  deadline: SlaDeadline;
  stage: number;
  dueAt: Date;
}

const OPEN = `t.status IN ('NEW', 'OPEN', 'PENDING_CUSTOMER')`;

/**
 * $1 now, $2 lookback in minutes, $3 the stages (int[]). A stage's moment is `due_at - stage`; it is due when
 * `now - lookback < moment <= now`, and never when it lies before the ticket was opened (a 30-minute SLA gets no
 * "60 minutes left" alert). The due-time bounds of `deadlines` only let the partial due-time indexes of migration 009
 * narrow the scan to a few hours of tickets; `due` applies the exact rule. FIRST_RESPONSE is skipped once the
 * customer got an answer: an OUTBOUND message, the rule of unattended's `no_first_response` (unattendedSql.ts).
 */
const CLAIM_SQL = `
  WITH deadlines AS (
    SELECT t.id, t.number, t.customer_id, t.team_code, t.created_at,
           'FIRST_RESPONSE' AS deadline, t.first_response_due_at AS due_at
      FROM tickets.tickets t
     WHERE ${OPEN}
       AND t.first_response_due_at > $1::timestamptz - $2::int * interval '1 minute'
       AND t.first_response_due_at <= $1::timestamptz + (SELECT max(s) FROM unnest($3::int[]) s) * interval '1 minute'
       AND NOT EXISTS (SELECT 1 FROM tickets.messages m WHERE m.ticket_id = t.id AND m.direction = 'OUTBOUND')
    UNION ALL
    SELECT t.id, t.number, t.customer_id, t.team_code, t.created_at, 'RESOLUTION', t.sla_due_at
      FROM tickets.tickets t
     WHERE ${OPEN}
       AND t.sla_due_at > $1::timestamptz - $2::int * interval '1 minute'
       AND t.sla_due_at <= $1::timestamptz + (SELECT max(s) FROM unnest($3::int[]) s) * interval '1 minute'
  ),
  due AS (
    SELECT d.*, s.stage
      FROM deadlines d
     CROSS JOIN unnest($3::int[]) AS s(stage)
     WHERE d.due_at - s.stage * interval '1 minute' <= $1::timestamptz
       AND d.due_at - s.stage * interval '1 minute' > $1::timestamptz - $2::int * interval '1 minute'
       AND d.due_at - s.stage * interval '1 minute' >= d.created_at
  ),
  claimed AS (
    INSERT INTO tickets.sla_alerts (ticket_id, deadline, stage, due_at, fired_at)
    SELECT id, deadline, stage, due_at, $1::timestamptz FROM due
    ON CONFLICT DO NOTHING
    RETURNING ticket_id, deadline, stage, due_at
  )
  SELECT c.ticket_id AS "ticketId", d.number AS "ticketNumber", d.customer_id AS "customerId",
         d.team_code AS "teamCode", c.deadline, c.stage, c.due_at AS "dueAt"
    FROM claimed c
    JOIN due d ON d.id = c.ticket_id AND d.deadline = c.deadline AND d.stage = c.stage
   ORDER BY c.due_at - c.stage * interval '1 minute', c.ticket_id COLLATE "C", c.deadline, c.stage DESC`;

/** The SLA clock's claims: one statement per scan (see jobs/scanSlaDeadlines.ts). */
export function slaAlertRepository(db: Queryable) {
  return {
    /**
     * Claims every alert due at `now` within `lookbackMinutes` that no scan claimed yet, in the order their moments
     * passed. Two replicas claiming at once get disjoint sets: the primary key of sla_alerts decides.
     */
    claimDue(now: Date, lookbackMinutes: number): Promise<ClaimedSlaAlert[]> {
      return db.query<ClaimedSlaAlert>(CLAIM_SQL, [now, lookbackMinutes, [...SLA_STAGES]]);
    },
  };
}
