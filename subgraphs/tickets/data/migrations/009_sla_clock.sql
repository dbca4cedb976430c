-- The tickets clock (subgraphs/tickets/jobs/): the SLA alerts already fired and the queue state last announced, so
-- that every replica's scans announce each alert and each queue change once between them.

-- One row per alert fired. The primary key is the claim: the scan inserts with ON CONFLICT DO NOTHING, and only the
-- replica whose insert wins announces. `due_at` is part of the key because a reopened ticket gets new due times,
-- whose stages fire again.
CREATE TABLE tickets.sla_alerts (
  ticket_id text NOT NULL REFERENCES tickets.tickets (id) ON DELETE CASCADE,
  deadline text NOT NULL CHECK (deadline IN ('FIRST_RESPONSE', 'RESOLUTION')),
  -- minutes before the due time; 0 = breached
  stage int NOT NULL CHECK (stage >= 0),
  due_at timestamptz NOT NULL,
  fired_at timestamptz NOT NULL,
  PRIMARY KEY (ticket_id, deadline, stage, due_at)
);

-- The team queue as last announced: one row per unattended ticket, its owning team and its reasons (in
-- UnattendedReason order). A refresh announces the difference between this and the unattended state now.
CREATE TABLE tickets.queue_state (
  ticket_id text PRIMARY KEY REFERENCES tickets.tickets (id) ON DELETE CASCADE,
  team_code text NOT NULL,
  reasons text[] NOT NULL CHECK (cardinality(reasons) > 0),
  changed_at timestamptz NOT NULL
);

-- Present once the first refresh filled queue_state silently with the tickets already unattended (a freshly seeded
-- database must not announce thousands of them). An empty queue_state alone cannot tell "never filled" from
-- "nothing unattended".
CREATE TABLE tickets.queue_baseline (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  taken_at timestamptz NOT NULL
);

-- The SLA scan reads the open tickets whose due time falls in a few hours around now: two range scans.
CREATE INDEX tickets_open_first_response_due_idx ON tickets.tickets (first_response_due_at)
  WHERE status IN ('NEW', 'OPEN', 'PENDING_CUSTOMER');
CREATE INDEX tickets_open_sla_due_idx ON tickets.tickets (sla_due_at)
  WHERE status IN ('NEW', 'OPEN', 'PENDING_CUSTOMER');
