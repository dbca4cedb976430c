-- Every search for a customer by e-mail address or phone number (Query.customerByEmail / customerByPhone): who
-- searched, when, how, and what they learnt. The value searched for is never stored: `value_digest` is a SHA-256 of
-- the normalised value, so repeated searches for one value can be told apart from searches for many, without the
-- table becoming a copy of the customers' contact data. Written by crm's resolvers (subgraphs/crm/audit/).
CREATE TABLE crm.pii_lookup_audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  -- the verified caller (the gateway's signed headers); 'unknown' when the request named nobody
  user_id text NOT NULL,
  role text NOT NULL,
  lookup text NOT NULL CHECK (lookup IN ('EMAIL', 'PHONE')),
  -- HIT: a customer has the value; MISS: nobody has it; REFUSED: the caller lacks pii:read (only requests that
  -- reach crm without the gateway's own check are refused here)
  outcome text NOT NULL CHECK (outcome IN ('HIT', 'MISS', 'REFUSED')),
  customer_id text CHECK ((outcome = 'HIT') = (customer_id IS NOT NULL)),
  value_digest text NOT NULL CHECK (value_digest ~ '^[0-9a-f]{64}$'),
  request_id text
);
CREATE INDEX pii_lookup_audit_at_idx ON crm.pii_lookup_audit (at DESC);
CREATE INDEX pii_lookup_audit_user_idx ON crm.pii_lookup_audit (user_id, at DESC);
