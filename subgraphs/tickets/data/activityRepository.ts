import { groupByKey, preparedStatement } from '../../shared';
import type { Queryable } from '../../shared';

/** Which record of a ticket's life an activity row comes from. */
export type ActivitySource = 'opened' | 'message' | 'handoff' | 'resolved';

/**
 * One thing that happened on one of a customer's tickets, with what its summary needs. Columns not used by a
 * source are null (e.g. `reason` outside hand-offs).
 */
export interface ActivityRow {
  customerId: string;
  source: ActivitySource;
  /** The ticket id for `opened`/`resolved`, the message or hand-off id otherwise. */
  recordId: string;
  occurredAt: Date;
  ticketId: string;
  ticketNumber: string;
  subject: string;
  orderId: string | null;
  shipmentId: string | null;
  /** Ticket channel (opened) or message channel (message; null for internal notes). */
  channel: string | null;
  category: string | null;
  priority: string | null;
  status: string | null;
  direction: string | null;
  /** Message author, or the agent who made a hand-off. */
  author: string | null;
  body: string | null;
  /** Opened: the first owning team. Resolved: the owner. Message: the consulted team. Hand-off: from. */
  teamName: string | null;
  /** Hand-off: the team it went to. */
  otherTeamName: string | null;
  handoffKind: string | null;
  reason: string | null;
  /** Resolved: whether it was resolved after the SLA due time. */
  late: boolean | null;
  /** Orders events at the same instant: opened (0), messages and hand-offs (1), resolved (2). */
  step: number;
}

// Every branch lists the same columns in the same order, with typed NULLs, so UNION ALL lines them up.
const ACTIVITY_SQL = `
SELECT t.customer_id AS "customerId", 'opened' AS source, t.id AS "recordId", t.created_at AS "occurredAt",
       t.id AS "ticketId", t.number AS "ticketNumber", t.subject, t.order_id AS "orderId", t.shipment_id AS "shipmentId",
       t.channel, t.category, t.priority, NULL::text AS status, NULL::text AS direction, NULL::text AS author,
       NULL::text AS body,
       -- the team that owned it first: the source of its first transfer, else the owner now
       coalesce((SELECT ft.name FROM tickets.handoffs h JOIN tickets.teams ft ON ft.code = h.from_team_code
                  WHERE h.ticket_id = t.id AND h.kind = 'TRANSFER' ORDER BY h.at, h.id LIMIT 1), tm.name) AS "teamName",
       NULL::text AS "otherTeamName", NULL::text AS "handoffKind", NULL::text AS reason, NULL::boolean AS late,
       -- at equal times a ticket opens before anything happens on it, and is resolved after
       0 AS step
  FROM tickets.tickets t JOIN tickets.teams tm ON tm.code = t.team_code
 WHERE t.customer_id = ANY($1::text[])
UNION ALL
SELECT t.customer_id, 'message', m.id, m.sent_at,
       t.id, t.number, t.subject, t.order_id, t.shipment_id,
       m.channel, NULL, NULL, NULL, m.direction, m.author,
       m.body, ct.name,
       NULL, NULL, NULL, NULL, 1
  FROM tickets.messages m
  JOIN tickets.tickets t ON t.id = m.ticket_id
  LEFT JOIN tickets.teams ct ON ct.code = m.consulted_team_code
 WHERE t.customer_id = ANY($1::text[])
UNION ALL
SELECT t.customer_id, 'handoff', h.id, h.at,
       t.id, t.number, t.subject, t.order_id, t.shipment_id,
       NULL, NULL, NULL, NULL, NULL, a.name,
       NULL, ft.name,
       tt.name, h.kind, h.reason, NULL, 1
  FROM tickets.handoffs h
  JOIN tickets.tickets t ON t.id = h.ticket_id
  JOIN tickets.teams ft ON ft.code = h.from_team_code
  JOIN tickets.teams tt ON tt.code = h.to_team_code
  LEFT JOIN tickets.agents a ON a.id = h.by_agent_id
 WHERE t.customer_id = ANY($1::text[])
UNION ALL
SELECT t.customer_id, 'resolved', t.id, t.resolved_at,
       t.id, t.number, t.subject, t.order_id, t.shipment_id,
       NULL, NULL, NULL, t.status, NULL, NULL,
       NULL, tm.name,
       NULL, NULL, NULL, t.resolved_at > t.sla_due_at, 2
  FROM tickets.tickets t JOIN tickets.teams tm ON tm.code = t.team_code
 WHERE t.customer_id = ANY($1::text[]) AND t.resolved_at IS NOT NULL
ORDER BY "customerId", "occurredAt", step, "recordId"`;

/** The raw material of the customer timeline: every ticket event of every customer of a batch. */
export function activityRepository(db: Queryable) {
  return {
    /** Each customer's ticket events, oldest first, in one statement for the whole batch. */
    async findByCustomerIds(customerIds: readonly string[]): Promise<ActivityRow[][]> {
      const rows = await db.query<ActivityRow>(preparedStatement(ACTIVITY_SQL), [customerIds]);
      return groupByKey(customerIds, rows, (row) => row.customerId);
    },
  };
}

export type ActivityRepository = ReturnType<typeof activityRepository>;
