-- Tickets: every customer request, the team that owns it, the conversation and every hand-off.
CREATE TABLE tickets.teams (
  code text PRIMARY KEY CHECK (code ~ '^[a-z_]+$'),
  name text NOT NULL
);

CREATE TABLE tickets.agents (
  id text PRIMARY KEY CHECK (id ~ '^agt_[1-9][0-9]*$'),
  name text NOT NULL,
  team_code text NOT NULL REFERENCES tickets.teams (code)
);

CREATE TABLE tickets.tickets (
  id text PRIMARY KEY CHECK (id ~ '^tkt_[1-9][0-9]*$'),
  number text NOT NULL UNIQUE CHECK (number ~ '^T-[0-9]{6,12}$'),
  customer_id text NOT NULL,
  order_id text,
  shipment_id text,
  subject text NOT NULL,
  category text NOT NULL CHECK (category IN ('DELIVERY', 'BILLING', 'PRODUCT_DEFECT', 'RETURN', 'ACCOUNT', 'OTHER')),
  channel text NOT NULL CHECK (channel IN ('CHAT', 'EMAIL', 'PHONE', 'SOCIAL', 'WEB_FORM')),
  priority text NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
  -- a request is never unowned and never without a status
  status text NOT NULL CHECK (status IN ('NEW', 'OPEN', 'PENDING_CUSTOMER', 'RESOLVED', 'CLOSED')),
  team_code text NOT NULL REFERENCES tickets.teams (code),
  assignee_id text REFERENCES tickets.agents (id),
  created_at timestamptz NOT NULL,
  first_response_due_at timestamptz NOT NULL,
  first_responded_at timestamptz,
  sla_due_at timestamptz NOT NULL,
  resolved_at timestamptz,
  CHECK ((status IN ('RESOLVED', 'CLOSED')) = (resolved_at IS NOT NULL))
);
CREATE INDEX tickets_customer_idx ON tickets.tickets (customer_id, created_at DESC, id DESC);
CREATE INDEX tickets_order_idx ON tickets.tickets (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX tickets_shipment_idx ON tickets.tickets (shipment_id) WHERE shipment_id IS NOT NULL;

CREATE TABLE tickets.messages (
  id text PRIMARY KEY,
  ticket_id text NOT NULL REFERENCES tickets.tickets (id) ON DELETE CASCADE,
  channel text CHECK (channel IN ('CHAT', 'EMAIL', 'PHONE', 'SOCIAL', 'WEB_FORM')),
  direction text NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND', 'INTERNAL')),
  author text NOT NULL,
  agent_id text REFERENCES tickets.agents (id),
  consulted_team_code text REFERENCES tickets.teams (code),
  body text NOT NULL,
  sent_at timestamptz NOT NULL,
  -- customers write on a channel; internal notes have none
  CHECK ((direction = 'INTERNAL') = (channel IS NULL))
);
CREATE INDEX messages_ticket_idx ON tickets.messages (ticket_id, sent_at, id);

CREATE TABLE tickets.handoffs (
  id text PRIMARY KEY,
  ticket_id text NOT NULL REFERENCES tickets.tickets (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('TRANSFER', 'CONSULT')),
  from_team_code text NOT NULL REFERENCES tickets.teams (code),
  to_team_code text NOT NULL REFERENCES tickets.teams (code),
  reason text NOT NULL CHECK (reason <> ''),
  by_agent_id text REFERENCES tickets.agents (id),
  at timestamptz NOT NULL,
  CHECK (from_team_code <> to_team_code)
);
CREATE INDEX handoffs_ticket_idx ON tickets.handoffs (ticket_id, at, id);
