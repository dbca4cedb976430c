-- Idempotency keys for every ticket command, each caller's keys its own (issue 9, Low 11). Before, only openTicket
-- took a key and keys were global: another caller sending the same key got the first caller's ticket back.
--
-- A key now belongs to (caller, key): the caller is `<role>:<user id>` as the gateway verified it (the same text as
-- ticket_events.acted_by), '' in unsecured dev mode. `command` names the mutation the key was first used with; the
-- request hash covers it too, so one key sent to two commands is a reuse. The answer stored is the ticket.
ALTER TABLE tickets.idempotency_keys
  ADD COLUMN caller text NOT NULL DEFAULT '',
  ADD COLUMN command text NOT NULL DEFAULT 'openTicket'
    CHECK (command IN ('openTicket', 'addMessage', 'assignTicket', 'transferTicket', 'consultTeam',
                       'answerConsultation', 'resolveTicket', 'reopenTicket'));

-- keys written before: the caller who opened the ticket (its OPENED event), so their retries still find them
UPDATE tickets.idempotency_keys k
   SET caller = coalesce((SELECT e.acted_by FROM tickets.ticket_events e
                           WHERE e.ticket_id = k.ticket_id AND e.kind = 'OPENED'
                           ORDER BY e.at, e.id LIMIT 1), '');

ALTER TABLE tickets.idempotency_keys DROP CONSTRAINT idempotency_keys_pkey;
ALTER TABLE tickets.idempotency_keys ADD PRIMARY KEY (caller, key);
ALTER TABLE tickets.idempotency_keys ALTER COLUMN caller DROP DEFAULT, ALTER COLUMN command DROP DEFAULT;
-- ON DELETE CASCADE from tickets.tickets looks keys up by ticket
CREATE INDEX idempotency_keys_ticket_idx ON tickets.idempotency_keys (ticket_id);
