-- The ticket lifecycle: teams, routing rules and SLA policies as data (not code), idempotent creation, reopen
-- counts, resolution codes, and a history row for every change, written in the same transaction as the change.

-- Teams are reference data owned by this migration (the seeder adds agents, never teams), because routing rules
-- point at them.
INSERT INTO tickets.teams (code, name) VALUES
  ('triage', 'Triage'),
  ('customer_care', 'Customer care'),
  ('logistics_desk', 'Logistics desk'),
  ('billing', 'Billing'),
  ('product_support', 'Product support'),
  ('returns', 'Returns')
ON CONFLICT (code) DO NOTHING;

-- Which team owns a new ticket of a category. A category with no rule goes to the team marked as fallback.
CREATE TABLE tickets.routing_rules (
  category text PRIMARY KEY,
  team_code text NOT NULL REFERENCES tickets.teams (code)
);
INSERT INTO tickets.routing_rules (category, team_code) VALUES
  ('DELIVERY', 'logistics_desk'),
  ('BILLING', 'billing'),
  ('PRODUCT_DEFECT', 'product_support'),
  ('RETURN', 'returns'),
  ('ACCOUNT', 'customer_care');

CREATE TABLE tickets.routing_fallback (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  team_code text NOT NULL REFERENCES tickets.teams (code)
);
INSERT INTO tickets.routing_fallback (team_code) VALUES ('triage');

-- Due times by priority, in minutes from opening.
CREATE TABLE tickets.sla_policies (
  priority text PRIMARY KEY CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
  first_response_minutes integer NOT NULL CHECK (first_response_minutes > 0),
  resolution_minutes integer NOT NULL,
  CHECK (resolution_minutes > first_response_minutes)
);
INSERT INTO tickets.sla_policies (priority, first_response_minutes, resolution_minutes) VALUES
  ('URGENT', 60, 480),
  ('HIGH', 240, 1440),
  ('NORMAL', 1440, 4320),
  ('LOW', 2880, 7200);

ALTER TABLE tickets.tickets
  ADD COLUMN reopen_count integer NOT NULL DEFAULT 0 CHECK (reopen_count >= 0),
  ADD COLUMN resolution_code text,
  ADD COLUMN updated_at timestamptz;
CREATE INDEX tickets_team_status_idx ON tickets.tickets (team_code, status, created_at);
CREATE INDEX tickets_created_idx ON tickets.tickets (created_at);

-- New rows get ids from sequences; the seeder moves them past the ids it wrote (setval).
CREATE SEQUENCE tickets.ticket_id_seq;
CREATE SEQUENCE tickets.message_id_seq;
CREATE SEQUENCE tickets.handoff_id_seq;
CREATE SEQUENCE tickets.event_id_seq;

-- openTicket's idempotency keys: the same key with the same request returns the ticket it created.
CREATE TABLE tickets.idempotency_keys (
  key text PRIMARY KEY CHECK (length(key) BETWEEN 8 AND 200),
  request_hash text NOT NULL,
  ticket_id text NOT NULL REFERENCES tickets.tickets (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL
);

-- Every state change of a ticket, in order.
CREATE TABLE tickets.ticket_events (
  id text PRIMARY KEY,
  ticket_id text NOT NULL REFERENCES tickets.tickets (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('OPENED', 'MESSAGE_ADDED', 'ASSIGNED', 'TRANSFERRED', 'CONSULTED', 'CONSULT_ANSWERED', 'RESOLVED', 'REOPENED', 'CLOSED')),
  from_status text,
  to_status text NOT NULL,
  team_code text NOT NULL REFERENCES tickets.teams (code),
  agent_id text REFERENCES tickets.agents (id),
  -- who made the change: an agent id, or the customer id for customer replies
  actor text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}',
  at timestamptz NOT NULL
);
CREATE INDEX ticket_events_ticket_idx ON tickets.ticket_events (ticket_id, at, id);
