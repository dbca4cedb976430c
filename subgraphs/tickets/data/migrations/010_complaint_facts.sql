-- The facts about other subgraphs' orders and shipments the complaint KPIs need, copied next to the tickets like
-- the ids of migration 006: the distinct skus of each order and the carrier of each shipment. With them (copied
-- onto each ticket, migration 011) tickets counts complaints per product and per carrier in its own database;
-- before, it handed ~14,000 complaints per order and per shipment through the gateway to orders and logistics on
-- every year's dashboard (`@requires`, about 1 MB of JSON), and they joined them to their rows (bench/PROFILE.md,
-- "KPI redesign").
--
-- Both facts are immutable, so a copy never goes stale: an order's lines are written with the order and no
-- mutation changes them (orders' only write, cancelOrder, changes the status), and a shipment's carrier is set when
-- the shipment is created (recordShipmentEvent changes its status and dates, never the carrier).
--
-- Who writes them: the seeder, in the same batch as the owners' rows (seed/referenceRows.ts); `npm start`, the
-- benchmark on a reused data set and `npm run seed -- --backfill-references` copy them from the orders and
-- logistics databases into a data set seeded before this migration (seed/backfillReferences.ts: it runs when no
-- order has a sku here while orders are known, or a shipment has no carrier). No mutation of the graph creates
-- orders or shipments today; one that does must publish a change event the tickets subgraph turns into rows here
-- and in 006's tables.

-- A complaint about an order counts once for every distinct sku on it: one row per order and sku, however many
-- lines hold that sku. Only the skus, not the names: the gateway asks inventory for the names of the few skus a
-- dashboard lists. openTicket reads an order's skus by the primary key.
CREATE TABLE tickets.order_ref_skus (
  order_id text NOT NULL CHECK (order_id ~ '^ord_[1-9][0-9]*$'),
  sku text NOT NULL,
  PRIMARY KEY (order_id, sku)
);

-- NULL only in a row copied before this migration, until the backfill fills it (the KPIs leave such a shipment out
-- rather than count it under no carrier).
ALTER TABLE tickets.shipment_refs
  ADD COLUMN carrier text CHECK (carrier IN ('DHL', 'UPS', 'DPD', 'GLS', 'HERMES'));
