import { ErrorCode, UserInputError } from './errors';

/** The largest `first` any list accepts. */
export const MAX_PAGE_SIZE = 100;

export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A cursor is the keyset of the last row seen (e.g. `[placedAt, id]`), base64url-encoded JSON. */
export type CursorKey = readonly (string | number)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes `after`; rejects anything that is not a cursor of `arity` values with INVALID_CURSOR. */
export function decodeCursor(after: string, arity: number): CursorKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (
    !Array.isArray(key) ||
    key.length !== arity ||
    !key.every((part) => typeof part === 'string' || typeof part === 'number')
  ) {
    throw new UserInputError(
      ErrorCode.INVALID_CURSOR,
      `"after" is not a cursor of this list. Pass a pageInfo.endCursor or edges.cursor value from a previous page of the same list, or leave it out to start at the beginning.`,
      { argumentName: 'after' },
    );
  }
  return key as CursorKey;
}

export interface PageRequest {
  first: number;
  after: CursorKey | null;
}

/** Validates `first`/`after` of a list field. `arity` is the number of values in this list's cursor key. */
export function pageRequest(
  args: { first?: number | null; after?: string | null },
  options: { defaultSize: number; arity: number; max?: number },
): PageRequest {
  const max = options.max ?? MAX_PAGE_SIZE;
  const first = args.first ?? options.defaultSize;
  if (first < 0 || first > max) {
    throw new UserInputError(
      ErrorCode.PAGE_SIZE_TOO_LARGE,
      `"first" must be between 0 and ${max}; got ${first}. Ask for at most ${max} items and page on with "after".`,
      { argumentName: 'first', maximum: max },
    );
  }
  return { first, after: args.after ? decodeCursor(args.after, options.arity) : null };
}

/**
 * Builds a connection from up to `first + 1` rows fetched in order (the extra row tells whether a next page
 * exists). `keyOf` gives the cursor key of a row.
 */
export function toConnection<Row, Node = Row>(
  rows: readonly Row[],
  first: number,
  totalCount: number,
  keyOf: (row: Row) => CursorKey,
  toNode: (row: Row) => Node = (row) => row as unknown as Node,
): Connection<Node> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > first },
    totalCount,
  };
}
