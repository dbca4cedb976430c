/**
 * A small, explicit world (times in UTC; NOW in the harness is 2026-01-05 12:00):
 * - cus_1 has tkt_1 (resolved late, transferred and consulted, 4 messages), tkt_2 (open past its SLA),
 *   tkt_3 (waiting on the customer, SLA ahead), tkt_4 (closed in time).
 * - cus_2 has tkt_5 about shp_1 (new, no messages).
 * - Known ids (the reference copy): cus_1 (ord_1 with shp_1, ord_2), cus_2, cus_7 (ord_7 with shp_7, ord_8 with
 *   shp_8), cus_8 (ord_9 with shp_9), cus_9.
 * - cus_9 has 50 tickets (tkt_1001…tkt_1050), each with 2 messages and a transfer, for the batching tests.
 */
export const FIXTURE_SQL = `
INSERT INTO tickets.teams (code, name) VALUES
  ('customer_care', 'Customer care'), ('logistics_desk', 'Logistics desk'), ('billing', 'Billing')
  ON CONFLICT (code) DO NOTHING; -- migration 002 creates the teams
-- the ids crm, orders and logistics own, as the seeder copies them (migration 006); openTicket checks against them,
-- and copies the orders' skus and the shipments' carriers (migration 010) onto the tickets it opens
INSERT INTO tickets.customer_refs (customer_id) VALUES ('cus_1'), ('cus_2'), ('cus_7'), ('cus_8'), ('cus_9');
INSERT INTO tickets.order_refs (order_id, customer_id) VALUES
  ('ord_1', 'cus_1'), ('ord_2', 'cus_1'), ('ord_7', 'cus_7'), ('ord_8', 'cus_7'), ('ord_9', 'cus_8');
INSERT INTO tickets.order_ref_skus (order_id, sku) VALUES
  ('ord_1', 'SKU-0001'), ('ord_1', 'SKU-0002'), ('ord_2', 'SKU-0003'), ('ord_7', 'SKU-0001'), ('ord_8', 'SKU-0004'),
  ('ord_9', 'SKU-0002');
INSERT INTO tickets.shipment_refs (shipment_id, order_id, customer_id, carrier) VALUES
  ('shp_1', 'ord_1', 'cus_1', 'DHL'), ('shp_7', 'ord_7', 'cus_7', 'UPS'), ('shp_8', 'ord_8', 'cus_7', 'GLS'),
  ('shp_9', 'ord_9', 'cus_8', 'DHL');
INSERT INTO tickets.agents (id, name, team_code) VALUES
  ('agt_1', 'Anna Berg', 'customer_care'), ('agt_2', 'Lars Vogel', 'logistics_desk'),
  ('agt_3', 'Bea Roth', 'billing'), ('agt_4', 'Chris Adler', 'customer_care');

INSERT INTO tickets.tickets (id, number, customer_id, order_id, shipment_id, subject, category, channel, priority, status,
  team_code, assignee_id, created_at, first_response_due_at, first_responded_at, sla_due_at, resolved_at) VALUES
  ('tkt_1', 'T-100001', 'cus_1', 'ord_1', 'shp_1', 'Parcel never arrived', 'DELIVERY', 'EMAIL', 'HIGH', 'RESOLVED',
   'logistics_desk', 'agt_2', '2026-01-01T10:00:00Z', '2026-01-01T12:00:00Z', '2026-01-01T10:30:00Z',
   '2026-01-02T10:00:00Z', '2026-01-02T12:00:00Z'),
  ('tkt_2', 'T-100002', 'cus_1', 'ord_1', NULL, 'Charged twice', 'BILLING', 'CHAT', 'NORMAL', 'OPEN',
   'customer_care', NULL, '2026-01-03T09:00:00Z', '2026-01-03T11:00:00Z', NULL, '2026-01-04T09:00:00Z', NULL),
  ('tkt_3', 'T-100003', 'cus_1', NULL, NULL, 'Cannot log in', 'ACCOUNT', 'PHONE', 'LOW', 'PENDING_CUSTOMER',
   'customer_care', 'agt_4', '2026-01-04T09:00:00Z', '2026-01-04T17:00:00Z', '2026-01-04T10:00:00Z',
   '2026-01-10T09:00:00Z', NULL),
  ('tkt_4', 'T-100004', 'cus_1', 'ord_2', NULL, 'Return label', 'RETURN', 'WEB_FORM', 'NORMAL', 'CLOSED',
   'customer_care', 'agt_1', '2026-01-04T08:00:00Z', '2026-01-04T12:00:00Z', '2026-01-04T09:00:00Z',
   '2026-01-06T08:00:00Z', '2026-01-04T15:00:00Z'),
  ('tkt_5', 'T-100005', 'cus_2', NULL, 'shp_1', 'Damaged box', 'PRODUCT_DEFECT', 'SOCIAL', 'URGENT', 'NEW',
   'customer_care', NULL, '2026-01-02T08:00:00Z', '2026-01-02T09:00:00Z', NULL, '2026-01-02T20:00:00Z', NULL);

INSERT INTO tickets.messages (id, ticket_id, channel, direction, author, agent_id, consulted_team_code, body, sent_at) VALUES
  ('msg_1', 'tkt_1', 'EMAIL', 'INBOUND', 'Maria Keller', NULL, NULL, 'Where is my parcel? It was due on Monday.',
   '2026-01-01T10:00:00Z'),
  ('msg_2', 'tkt_1', 'EMAIL', 'OUTBOUND', 'Anna Berg', 'agt_1', NULL, 'We are looking into it.', '2026-01-01T10:30:00Z'),
  ('msg_3', 'tkt_1', NULL, 'INTERNAL', 'Lars Vogel', 'agt_2', 'billing',
   'Billing: the carrier confirmed the loss at the Leipzig hub, can we refund the full amount including shipping costs today?',
   '2026-01-01T11:00:00Z'),
  ('msg_4', 'tkt_1', 'EMAIL', 'OUTBOUND', 'Lars Vogel', 'agt_2', NULL, 'Your refund is on its way.', '2026-01-02T12:00:00Z'),
  ('msg_5', 'tkt_2', 'CHAT', 'INBOUND', 'Maria Keller', NULL, NULL, 'I was charged twice.', '2026-01-03T09:00:00Z');

INSERT INTO tickets.handoffs (id, ticket_id, kind, from_team_code, to_team_code, reason, by_agent_id, at) VALUES
  ('hof_1', 'tkt_1', 'TRANSFER', 'customer_care', 'logistics_desk', 'parcel lost', 'agt_1', '2026-01-01T10:45:00Z'),
  ('hof_2', 'tkt_1', 'CONSULT', 'logistics_desk', 'billing', 'refund amount', 'agt_2', '2026-01-01T11:00:00Z');

INSERT INTO tickets.tickets (id, number, customer_id, subject, category, channel, priority, status, team_code,
  assignee_id, created_at, first_response_due_at, sla_due_at)
SELECT 'tkt_' || (1000 + n), 'T-' || (200000 + n), 'cus_9', 'Question ' || n, 'OTHER', 'EMAIL', 'NORMAL', 'OPEN',
       CASE WHEN n % 2 = 0 THEN 'logistics_desk' ELSE 'customer_care' END,
       CASE WHEN n % 3 = 0 THEN 'agt_' || (1 + n % 4) END,
       timestamptz '2025-12-01T00:00:00Z' + n * interval '1 hour',
       timestamptz '2025-12-01T04:00:00Z' + n * interval '1 hour',
       timestamptz '2025-12-02T00:00:00Z' + n * interval '1 hour'
  FROM generate_series(1, 50) AS n;
INSERT INTO tickets.messages (id, ticket_id, channel, direction, author, agent_id, consulted_team_code, body, sent_at)
SELECT 'msg_' || (1000 + 2 * n + i), 'tkt_' || (1000 + n),
       CASE WHEN i = 0 THEN 'EMAIL' END, CASE WHEN i = 0 THEN 'INBOUND' ELSE 'INTERNAL' END,
       'Someone', CASE WHEN i = 1 THEN 'agt_' || (1 + n % 4) END, CASE WHEN i = 1 THEN 'billing' END,
       'Message ' || i, timestamptz '2025-12-01T00:10:00Z' + n * interval '1 hour' + i * interval '1 minute'
  FROM generate_series(1, 50) AS n, generate_series(0, 1) AS i;
INSERT INTO tickets.handoffs (id, ticket_id, kind, from_team_code, to_team_code, reason, by_agent_id, at)
SELECT 'hof_' || (1000 + n), 'tkt_' || (1000 + n), 'TRANSFER',
       CASE WHEN n % 2 = 0 THEN 'customer_care' ELSE 'billing' END,
       CASE WHEN n % 2 = 0 THEN 'logistics_desk' ELSE 'customer_care' END, 'needs another team',
       'agt_' || (1 + n % 4), timestamptz '2025-12-01T00:20:00Z' + n * interval '1 hour'
  FROM generate_series(1, 50) AS n;
`;
