-- Inventory: what we sell and how much of it each warehouse holds.
CREATE TABLE inventory.products (
  sku text PRIMARY KEY CHECK (sku ~ '^SKU-[0-9]{4,8}$'),
  name text NOT NULL,
  price_minor integer NOT NULL CHECK (price_minor >= 0),
  currency char(3) NOT NULL
);

CREATE TABLE inventory.warehouses (
  code text PRIMARY KEY,
  name text NOT NULL,
  city text NOT NULL,
  country char(2) NOT NULL
);

CREATE TABLE inventory.stock_levels (
  sku text NOT NULL REFERENCES inventory.products (sku) ON DELETE CASCADE,
  warehouse_code text NOT NULL REFERENCES inventory.warehouses (code),
  on_hand integer NOT NULL CHECK (on_hand >= 0),
  reserved integer NOT NULL CHECK (reserved >= 0),
  next_restock_at timestamptz,
  PRIMARY KEY (sku, warehouse_code)
);
