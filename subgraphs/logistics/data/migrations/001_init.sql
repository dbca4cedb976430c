-- Logistics: parcels handed to carriers and every scan the carriers report.
CREATE TABLE logistics.shipments (
  id text PRIMARY KEY CHECK (id ~ '^shp_[1-9][0-9]*$'),
  tracking_number text NOT NULL UNIQUE CHECK (tracking_number ~ '^[A-Z0-9]{8,30}$'),
  order_id text NOT NULL,
  -- the addressee; kept here so a customer's parcels are found without asking the orders system
  customer_id text NOT NULL,
  carrier text NOT NULL CHECK (carrier IN ('DHL', 'UPS', 'DPD', 'GLS', 'HERMES')),
  status text NOT NULL CHECK (status IN ('LABEL_CREATED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION', 'LOST', 'RETURNED')),
  created_at timestamptz NOT NULL,
  shipped_at timestamptz,
  estimated_delivery_at timestamptz,
  delivered_at timestamptz
);
CREATE INDEX shipments_order_idx ON logistics.shipments (order_id, created_at, id);
CREATE INDEX shipments_customer_idx ON logistics.shipments (customer_id);

CREATE TABLE logistics.tracking_events (
  id text PRIMARY KEY,
  shipment_id text NOT NULL REFERENCES logistics.shipments (id) ON DELETE CASCADE,
  occurred_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('LABEL_CREATED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION', 'LOST', 'RETURNED')),
  location text,
  description text NOT NULL
);
CREATE INDEX tracking_events_shipment_idx ON logistics.tracking_events (shipment_id, occurred_at, id);
