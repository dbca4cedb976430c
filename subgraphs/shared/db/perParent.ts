import { groupByKey } from '../byKey';
import type { TimeCursor } from '../timeCursor';
import type { Queryable } from './Db';

/** One parent's page request: its id, how many rows, and the cursor to start after. */
export interface ParentPageKey {
  parentId: string;
  limit: number;
  after: TimeCursor | null;
}

/** Where the child rows live. Table and column names come from our code, never from a request. */
export interface ChildTable {
  /** Schema-qualified table, e.g. `orders.orders`; referred to as `t` in `columns`. */
  table: string;
  /** The column holding the parent's id, e.g. `customer_id`. */
  parentColumn: string;
  /** The timestamp the list is sorted by (newest first, ties by id), e.g. `placed_at`. */
  timeColumn: string;
  /** The select list, with `t.` prefixes and camelCase aliases. */
  columns: string;
}

/**
 * Newest-first pages of child rows for many parents in ONE statement: the keys go in as parallel arrays (each
 * parent has its own size and cursor) and a LATERAL subquery reads each parent's page from the
 * (parent, time, id) index. Returns one array per key, in key order.
 */
export async function newestFirstPages<Row>(
  db: Queryable,
  child: ChildTable,
  keys: readonly ParentPageKey[],
): Promise<Row[][]> {
  const { table, parentColumn: p, timeColumn: at, columns } = child;
  const rows = await db.query<Row & { keyIndex: number }>(
    `SELECT (k.ord - 1)::int AS "keyIndex", ${columns}
     FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::text[]) WITH ORDINALITY AS k(parent_id, lim, after_at, after_id, ord)
     CROSS JOIN LATERAL (
       SELECT * FROM ${table} c
       WHERE c.${p} = k.parent_id
         AND (k.after_at IS NULL OR (c.${at}, c.id) < (k.after_at, k.after_id))
       ORDER BY c.${at} DESC, c.id DESC
       LIMIT k.lim
     ) t
     ORDER BY k.ord, t.${at} DESC, t.id DESC`,
    [
      keys.map((key) => key.parentId),
      keys.map((key) => key.limit),
      keys.map((key) => key.after?.at.toISOString() ?? null),
      keys.map((key) => key.after?.id ?? null),
    ],
  );
  return groupByKey(
    keys.map((_, index) => index),
    rows,
    (row) => row.keyIndex,
  ).map((group) => group.map(({ keyIndex: _keyIndex, ...row }) => row as unknown as Row));
}

/** How many child rows each parent has, in ONE statement; 0 for a parent with none. */
export async function countPerParent(
  db: Queryable,
  child: Pick<ChildTable, 'table' | 'parentColumn'>,
  parentIds: readonly string[],
): Promise<number[]> {
  const rows = await db.query<{ parentId: string; count: number }>(
    `SELECT ${child.parentColumn} AS "parentId", count(*)::int AS count FROM ${child.table}
     WHERE ${child.parentColumn} = ANY($1::text[]) GROUP BY ${child.parentColumn}`,
    [parentIds],
  );
  const counts = new Map(rows.map((row) => [row.parentId, row.count]));
  return parentIds.map((id) => counts.get(id) ?? 0);
}
