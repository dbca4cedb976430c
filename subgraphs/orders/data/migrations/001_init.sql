-- Orders: what customers bought, what they paid and what we gave back. Money in integer minor units.
CREATE TABLE orders.orders (
  id text PRIMARY KEY CHECK (id ~ '^ord_[1-9][0-9]*$'),
  number text NOT NULL UNIQUE CHECK (number ~ '^ORD-[0-9]{6,12}$'),
  customer_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('PENDING', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED')),
  currency char(3) NOT NULL,
  total_minor integer NOT NULL CHECK (total_minor >= 0),
  placed_at timestamptz NOT NULL,
  cancelled_at timestamptz
);
CREATE INDEX orders_customer_idx ON orders.orders (customer_id, placed_at DESC, id DESC);

CREATE TABLE orders.order_lines (
  id text PRIMARY KEY,
  order_id text NOT NULL REFERENCES orders.orders (id) ON DELETE CASCADE,
  position integer NOT NULL,
  sku text NOT NULL,
  quantity integer NOT NULL CHECK (quantity > 0),
  unit_price_minor integer NOT NULL CHECK (unit_price_minor >= 0),
  UNIQUE (order_id, position)
);
CREATE INDEX order_lines_sku_idx ON orders.order_lines (sku);

CREATE TABLE orders.payments (
  id text PRIMARY KEY,
  order_id text NOT NULL REFERENCES orders.orders (id) ON DELETE CASCADE,
  method text NOT NULL CHECK (method IN ('CARD', 'PAYPAL', 'INVOICE', 'GIFT_CARD')),
  status text NOT NULL CHECK (status IN ('AUTHORIZED', 'CAPTURED', 'FAILED')),
  amount_minor integer NOT NULL CHECK (amount_minor >= 0),
  created_at timestamptz NOT NULL
);
CREATE INDEX payments_order_idx ON orders.payments (order_id, created_at, id);

CREATE TABLE orders.refunds (
  id text PRIMARY KEY,
  order_id text NOT NULL REFERENCES orders.orders (id) ON DELETE CASCADE,
  amount_minor integer NOT NULL CHECK (amount_minor > 0),
  reason text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX refunds_order_idx ON orders.refunds (order_id, created_at, id);
