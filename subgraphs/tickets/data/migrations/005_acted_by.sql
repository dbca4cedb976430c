-- Who made each change, as the gateway verified it from the caller's token: `<role>:<user id>` from the signed
-- caller headers (e.g. `agent:agt_3`, `supervisor:sup_7`, `service:returns-portal`). The lifecycle commands set
-- `c360.acted_by` for their transaction (see lifecycle/actingAs.ts), so every event row gets it without each
-- INSERT naming it. Null for rows written before authentication existed, by the seed, or in unsecured dev mode
-- without a caller.
ALTER TABLE tickets.ticket_events
  ADD COLUMN acted_by text DEFAULT nullif(current_setting('c360.acted_by', true), '');
