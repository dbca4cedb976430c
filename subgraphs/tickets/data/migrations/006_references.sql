-- A local copy of the ids of the customers, orders and shipments other subgraphs own, so openTicket can refuse a
-- ticket about something that does not exist, or about an order or shipment of another customer (issue 9), inside
-- its own transaction and by index: no request-time call to crm, orders or logistics (openTicket keeps working
-- while they are down, and there is no tickets → gateway → crm cycle per request).
--
-- Who writes them: the seeder, in the same batch as the owners' rows (seed/referenceRows.ts); `npm start` and
-- `npm run seed -- --backfill-references` copy them from the owners' databases into a data set seeded before this
-- migration (seed/backfillReferences.ts). No mutation of the graph creates customers, orders or shipments today;
-- one that does must publish a change event the tickets subgraph turns into a row here.
--
-- No foreign keys from tickets.tickets: rows written before this migration are kept as they are, and a reference
-- that no longer resolves reads as a null field with its error, never as an empty list.
CREATE TABLE tickets.customer_refs (
  customer_id text PRIMARY KEY CHECK (customer_id ~ '^cus_[1-9][0-9]*$')
);

CREATE TABLE tickets.order_refs (
  order_id text PRIMARY KEY CHECK (order_id ~ '^ord_[1-9][0-9]*$'),
  customer_id text NOT NULL
);

CREATE TABLE tickets.shipment_refs (
  shipment_id text PRIMARY KEY CHECK (shipment_id ~ '^shp_[1-9][0-9]*$'),
  order_id text NOT NULL,
  customer_id text NOT NULL
);
