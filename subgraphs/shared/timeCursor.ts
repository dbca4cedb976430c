import { ErrorCode, UserInputError } from './errors';
import type { CursorKey } from './pagination';

/** A keyset position in a list sorted by (instant, id): what this subgraph's cursors decode to. */
export interface TimeCursor {
  at: Date;
  id: string;
}

/** The cursor key of a row sorted by (instant, id); the instant goes in as ISO text so it survives JSON. */
export function timeCursorKey(at: Date, id: string): CursorKey {
  return [at.toISOString(), id];
}

/**
 * Reads a decoded `[ISO instant, id]` cursor key. decodeCursor only checks the arity, so a hand-made cursor with a
 * bad date would otherwise reach SQL as an invalid timestamp and come back as an internal error.
 */
export function readTimeCursor(key: CursorKey | null): TimeCursor | null {
  if (key === null) return null;
  const [at, id] = key;
  const instant = typeof at === 'string' ? new Date(at) : new Date(NaN);
  if (Number.isNaN(instant.getTime()) || typeof id !== 'string') {
    throw new UserInputError(
      ErrorCode.INVALID_CURSOR,
      `"after" is not a cursor of this list. Pass a pageInfo.endCursor or edges.cursor value from a previous page of the same list, or leave it out to start at the beginning.`,
      { argumentName: 'after' },
    );
  }
  return { at: instant, id };
}
