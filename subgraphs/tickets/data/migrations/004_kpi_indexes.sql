-- Indexes for the unattended list and the KPIs (subgraphs/tickets/unattended/, subgraphs/tickets/kpis/).

-- The unattended list and the backlog only ever look at open tickets: a small partial index, whatever the history.
CREATE INDEX tickets_open_idx ON tickets.tickets (team_code, created_at)
  WHERE status IN ('NEW', 'OPEN', 'PENDING_CUSTOMER');

-- "Has anyone answered the customer?" and "has the consulted team written since?" per ticket.
CREATE INDEX messages_ticket_direction_idx ON tickets.messages (ticket_id, direction, sent_at);
