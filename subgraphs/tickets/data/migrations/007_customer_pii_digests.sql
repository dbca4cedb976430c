-- The customers' own e-mail addresses, phone numbers and streets, as digests, so ticket texts (subjects, messages,
-- hand-off reasons, history) can be masked for callers without pii:read wherever they name the customer's own
-- values, however written (issue 9). crm owns the values; this subgraph keeps only SHA-256 digests of their
-- normalised forms (subgraphs/shared/caller/freeText/knownPii.ts) and compares them with windows of the text:
-- no clear copy of contact data in a second database, and no request-time call to crm per ticket text.
--
-- A digest of a guessable value (a phone number) is pseudonymous, not secret: the table is internal like the
-- rest of the schema. `length` is the normalised value's length: only windows of a text that long are hashed.
--
-- Who writes them: the seeder, with the customers (seed/piiDigestRows.ts). No mutation of the graph changes a
-- customer's contact data today; one that does must publish a change event the tickets subgraph turns into rows.
CREATE TABLE tickets.customer_pii_digests (
  customer_id text NOT NULL CHECK (customer_id ~ '^cus_[1-9][0-9]*$'),
  kind text NOT NULL CHECK (kind IN ('email', 'phone', 'street')),
  digest text NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
  length integer NOT NULL CHECK (length > 0),
  PRIMARY KEY (customer_id, digest)
);
