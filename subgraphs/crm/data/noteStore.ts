import type { Queryable } from '../../shared';
import type { NoteRow } from './rows';

const RETURNED = `id, customer_id AS "customerId", author, body, created_at AS "createdAt"`;

/** A note to write; `idempotencyKey` is null when the client sent none. */
export interface NewNote {
  customerId: string;
  author: string;
  body: string;
  createdAt: Date;
  idempotencyKey: string | null;
}

/**
 * Writes the note, in one statement: nothing when no customer has `customerId`, or when `author` already wrote a note
 * with `idempotencyKey` (the unique index decides, so two requests racing with one key write one note). Returns the
 * new row, or undefined when nothing was written.
 */
export async function insertNote(db: Queryable, note: NewNote): Promise<NoteRow | undefined> {
  const [row] = await db.query<NoteRow>(
    `INSERT INTO crm.notes (id, customer_id, author, body, created_at, idempotency_key)
     SELECT 'note_' || nextval('crm.note_id_seq'), c.id, $2, $3, $4, $5 FROM crm.customers c WHERE c.id = $1
     ON CONFLICT (author, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
     RETURNING ${RETURNED}`,
    [note.customerId, note.author, note.body, note.createdAt, note.idempotencyKey],
  );
  return row;
}

/** The note `author` wrote with `idempotencyKey`, if any. */
export async function findNoteByKey(
  db: Queryable,
  author: string,
  idempotencyKey: string,
): Promise<NoteRow | undefined> {
  const [row] = await db.query<NoteRow>(
    `SELECT ${RETURNED} FROM crm.notes WHERE author = $1 AND idempotency_key = $2`,
    [author, idempotencyKey],
  );
  return row;
}
