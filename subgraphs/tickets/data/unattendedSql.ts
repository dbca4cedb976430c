/**
 * The one definition of "unattended", as SQL common table expressions ending in `unattended`: one row per open
 * ticket with at least one reason, its reason flags and `waiting_since`. Parameters: $1 now (timestamptz),
 * $2 at-risk window in minutes, $3 consult threshold in minutes, $4 owning team code or NULL.
 *
 * Kept in one place so the list, its total and the per-team summary can never disagree.
 */
export const UNATTENDED_CTES = unattendedCtes();

/**
 * UNATTENDED_CTES, restricted when `scoped` to the tickets in $5 (text[]; NULL: every ticket) from the first CTE
 * on, so that the state of one ticket after a write costs an index lookup, not a pass over every open ticket.
 */
export function unattendedCtes(scoped = false): string {
  return `
  open_tickets AS (
    SELECT t.id, t.team_code, t.assignee_id, t.created_at, t.first_response_due_at, t.sla_due_at
      FROM tickets.tickets t
     WHERE t.status IN ('NEW', 'OPEN', 'PENDING_CUSTOMER')${
       scoped
         ? `
       AND ($5::text[] IS NULL OR t.id = ANY ($5::text[]))`
         : ''
     }
       AND ($4::text IS NULL OR t.team_code = $4::text)
  ),
  -- the oldest consultation per ticket that nobody of the consulted team has answered inside the ticket since
  waiting_consults AS (
    SELECT h.ticket_id, min(h.at) AS since
      FROM tickets.handoffs h
      JOIN open_tickets o ON o.id = h.ticket_id
     WHERE h.kind = 'CONSULT'
       AND h.at <= $1::timestamptz - $3::int * interval '1 minute'
       AND NOT EXISTS (
             SELECT 1
               FROM tickets.messages m
               JOIN tickets.agents a ON a.id = m.agent_id
              WHERE m.ticket_id = h.ticket_id
                AND m.direction = 'INTERNAL'
                AND a.team_code = h.to_team_code
                AND m.sent_at >= h.at)
     GROUP BY h.ticket_id
  ),
  flagged AS (
    SELECT o.id,
           o.team_code,
           o.assignee_id IS NULL AS unassigned,
           (o.first_response_due_at < $1::timestamptz
             AND NOT EXISTS (SELECT 1 FROM tickets.messages m
                              WHERE m.ticket_id = o.id AND m.direction = 'OUTBOUND')) AS no_first_response,
           o.sla_due_at < $1::timestamptz AS sla_breached,
           (o.sla_due_at >= $1::timestamptz
             AND o.sla_due_at < $1::timestamptz + $2::int * interval '1 minute') AS sla_at_risk,
           c.since AS consult_since,
           o.created_at,
           o.first_response_due_at,
           o.sla_due_at
      FROM open_tickets o
      LEFT JOIN waiting_consults c ON c.ticket_id = o.id
  ),
  unattended AS (
    SELECT f.id,
           f.team_code,
           f.unassigned,
           f.no_first_response,
           f.sla_breached,
           f.sla_at_risk,
           f.consult_since IS NOT NULL AS consult_waiting,
           -- when the earliest of its reasons began (LEAST skips NULLs)
           LEAST(
             CASE WHEN f.unassigned THEN f.created_at END,
             CASE WHEN f.no_first_response THEN f.first_response_due_at END,
             CASE WHEN f.sla_breached THEN f.sla_due_at END,
             CASE WHEN f.sla_at_risk THEN f.sla_due_at - $2::int * interval '1 minute' END,
             f.consult_since
           ) AS waiting_since
      FROM flagged f
     WHERE f.unassigned OR f.no_first_response OR f.sla_breached OR f.sla_at_risk OR f.consult_since IS NOT NULL
  )`;
}
