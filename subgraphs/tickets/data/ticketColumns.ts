/** The columns of tickets.tickets as a TicketRow, for a table aliased `t`. Shared so every read returns one shape. */
export const TICKET_COLUMNS = `
  t.id,
  t.number,
  t.customer_id AS "customerId",
  t.order_id AS "orderId",
  t.shipment_id AS "shipmentId",
  t.subject,
  t.category,
  t.channel,
  t.priority,
  t.status,
  t.team_code AS "teamCode",
  t.assignee_id AS "assigneeId",
  t.created_at AS "createdAt",
  t.first_response_due_at AS "firstResponseDueAt",
  t.first_responded_at AS "firstRespondedAt",
  t.sla_due_at AS "slaDueAt",
  t.resolved_at AS "resolvedAt"`;
