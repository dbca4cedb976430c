import { ErrorCode, UserInputError } from '../../shared';
import type { CursorKey } from '../../shared';

/**
 * Where a page of a time-ordered list starts: after the row with this (timestamp, id). Cursors carry the
 * timestamp to the millisecond (a JS Date), so the SQL compares and orders by `date_trunc('milliseconds', …)`:
 * a row stored with microseconds must neither repeat nor vanish between pages.
 */
export interface Keyset {
  at: Date;
  id: string;
}

/** The cursor key of a row: `[ISO timestamp, id]`. */
export function keysetCursor(at: Date, id: string): CursorKey {
  return [at.toISOString(), id];
}

/** Turns a decoded `[timestamp, id]` cursor into a Keyset; a well-formed cursor of another list is rejected here. */
export function toKeyset(key: CursorKey | null): Keyset | null {
  if (key === null) return null;
  const [at, id] = key;
  const date = typeof at === 'string' ? new Date(at) : new Date(NaN);
  if (typeof id !== 'string' || Number.isNaN(date.getTime())) {
    throw new UserInputError(
      ErrorCode.INVALID_CURSOR,
      `"after" is not a cursor of this list. Pass a pageInfo.endCursor or edges.cursor value from a previous page of the same list, or leave it out to start at the beginning.`,
      { argumentName: 'after' },
    );
  }
  return { at: date, id };
}
