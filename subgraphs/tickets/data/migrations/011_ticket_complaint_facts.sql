-- Each ticket carries the facts of its own order and shipment the complaint KPIs count by, copied from migration
-- 010's tables when the ticket is written: the distinct skus of its order and the carrier of its shipment. Then
-- complaintsByProduct and complaintsByCarrier are one pass over the window's tickets. Joining the window's
-- ~15,000 complaints to 010's tables instead cost 3 to 4 times as much at 100,000 customers, and the planner hashed
-- all 588,920 skus in parallel for every dashboard (bench/PROFILE.md, "KPI redesign"). The facts are immutable (see
-- 010) and so are a ticket's order and shipment, so the copy never goes stale.
--
-- Who writes them: openTicket, in its INSERT, from 010's tables (subgraphs/tickets/data/ticketStore.ts); the seeder,
-- with the ticket rows (seed/referenceRows.ts); the backfill (`npm start`, the benchmark on a reused data set, `npm
-- run seed -- --backfill-references`) for tickets written before this migration or before 010's copy was complete
-- (subgraphs/tickets/data/ticketFactsStore.ts).
--
-- NULL: the ticket is about no order (no shipment), or the copy did not know its skus (carrier) when the ticket was
-- written; the backfill fills in whatever the copy has learnt since.
ALTER TABLE tickets.tickets
  ADD COLUMN order_skus text[],
  ADD COLUMN shipment_carrier text CHECK (shipment_carrier IN ('DHL', 'UPS', 'DPD', 'GLS', 'HERMES'));
