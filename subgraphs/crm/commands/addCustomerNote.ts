import { checkIdempotencyKey, checkIdentifier, ErrorCode, notFound, quote, requiredText, trim } from '../../shared';
import type { Queryable } from '../../shared';
import type { Caller } from '../../../platform/caller';
import type { AddCustomerNoteInput } from '../__generated__/resolvers-types';
import { findNoteByKey, insertNote } from '../data/noteStore';
import type { NoteRow } from '../data/rows';
import { UserInputError } from '../../shared';
import { noteAuthor } from './noteAuthor';

/** As long as a ticket message may be (tickets' BODY_MAX). */
export const NOTE_MAX = 10_000;

/** The note, and whether this request wrote it (false: an idempotent replay, which changes nothing). */
export interface AddedNote {
  note: NoteRow;
  created: boolean;
}

// the same key with the same request is a retry; with another request, a mistake the client must hear about
function replay(note: NoteRow, customerId: string, body: string, key: string): AddedNote {
  if (note.customerId !== customerId || note.body !== body) {
    throw new UserInputError(
      ErrorCode.IDEMPOTENCY_KEY_REUSED,
      `Idempotency key ${quote(key)} was already used by you for another note (${note.id} on ${note.customerId}). Send the original request unchanged to get its answer, or use a new key for a new note.`,
      { argumentName: 'idempotencyKey' },
    );
  }
  return { note, created: false };
}

/**
 * Writes a note on a customer as the verified caller (see noteAuthor), idempotently when the client sent a key.
 * One statement writes it (see insertNote); when it writes nothing, either the key was used before (this request is a
 * retry, or a concurrent request with the key won) or no customer has the id.
 */
export async function addCustomerNote(
  db: Queryable,
  caller: Caller | undefined,
  input: AddCustomerNoteInput,
  now: Date,
): Promise<AddedNote> {
  const author = noteAuthor(caller);
  const customerId = checkIdentifier('customerId', 'customerId', input.customerId, trim);
  const body = requiredText('body', input.body, NOTE_MAX);
  const key =
    input.idempotencyKey === undefined || input.idempotencyKey === null
      ? null
      : checkIdempotencyKey(input.idempotencyKey);
  if (key) {
    const earlier = await findNoteByKey(db, author, key);
    if (earlier) return replay(earlier, customerId, body, key);
  }
  const note = await insertNote(db, { customerId, author, body, createdAt: now, idempotencyKey: key });
  if (note) return { note, created: true };
  // a statement of its own, so it sees a note a concurrent request with the same key committed meanwhile
  const raced = key ? await findNoteByKey(db, author, key) : undefined;
  if (raced && key) return replay(raced, customerId, body, key);
  throw notFound('customer', 'customerId', customerId);
}
