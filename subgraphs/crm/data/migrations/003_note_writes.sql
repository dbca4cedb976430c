-- Notes written through the graph (Mutation.addCustomerNote). New notes get ids from a sequence; the seeder moves it
-- past the ids it wrote (stack/seed/advanceSequences.ts).
CREATE SEQUENCE crm.note_id_seq;

-- The client's idempotency key of a note written with one: the same author sending the same key again gets the
-- note back instead of a second one. Keys are the author's own, hence unique per author; imported notes have none.
ALTER TABLE crm.notes
  ADD COLUMN idempotency_key text CHECK (length(idempotency_key) BETWEEN 8 AND 200);
CREATE UNIQUE INDEX notes_author_key_idx ON crm.notes (author, idempotency_key) WHERE idempotency_key IS NOT NULL;
