-- CRM: who the customer is, where they live, and what agents noted about them.
CREATE TABLE crm.customers (
  id text PRIMARY KEY CHECK (id ~ '^cus_[1-9][0-9]*$'),
  name text NOT NULL CHECK (name <> ''),
  email text NOT NULL CHECK (position('@' IN email) > 1),
  phone text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  tier text NOT NULL CHECK (tier IN ('STANDARD', 'SILVER', 'GOLD', 'PLATINUM')),
  preferred_channel text NOT NULL CHECK (preferred_channel IN ('CHAT', 'EMAIL', 'PHONE', 'SOCIAL', 'WEB_FORM')),
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX customers_email_key ON crm.customers (lower(email));
CREATE INDEX customers_phone_idx ON crm.customers (phone);
CREATE INDEX customers_created_idx ON crm.customers (created_at DESC, id DESC);

CREATE TABLE crm.addresses (
  id text PRIMARY KEY,
  customer_id text NOT NULL REFERENCES crm.customers (id) ON DELETE CASCADE,
  position integer NOT NULL,
  label text NOT NULL,
  street text NOT NULL,
  postal_code text NOT NULL,
  city text NOT NULL,
  country char(2) NOT NULL,
  is_default boolean NOT NULL DEFAULT false,
  UNIQUE (customer_id, position)
);
-- at most one default address per customer
CREATE UNIQUE INDEX addresses_one_default ON crm.addresses (customer_id) WHERE is_default;

CREATE TABLE crm.notes (
  id text PRIMARY KEY,
  customer_id text NOT NULL REFERENCES crm.customers (id) ON DELETE CASCADE,
  author text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX notes_customer_idx ON crm.notes (customer_id, created_at DESC, id DESC);
