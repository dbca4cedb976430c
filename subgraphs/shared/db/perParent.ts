import { preparedStatement } from './preparedStatements';
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

/** One parent's page and how many child rows that parent has in all, whatever the page. */
export interface PageWithTotal<Row> {
  rows: Row[];
  totalCount: number;
}

/**
 * Newest-first pages of child rows for many parents in ONE statement, each with its parent's total: the keys go in
 * as parallel arrays (each parent has its own size and cursor), a LATERAL count beside a LATERAL page reads each
 * parent's total and page from the (parent, time, id) index, and the page is LEFT JOINed so a parent with no
 * (more) rows still reports its total. Returns one page per key, in key order.
 */
export async function newestFirstPages<Row>(
  db: Queryable,
  child: ChildTable,
  keys: readonly ParentPageKey[],
): Promise<PageWithTotal<Row>[]> {
  const { table, parentColumn: p, timeColumn: at, columns } = child;
  const rows = await db.query<Row & { keyIndex: number; totalCount: number; hasRow: boolean }>(
    preparedStatement(`SELECT (k.ord - 1)::int AS "keyIndex", n.total AS "totalCount", t.id IS NOT NULL AS "hasRow", ${columns}
     FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::text[]) WITH ORDINALITY AS k(parent_id, lim, after_at, after_id, ord)
     CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM ${table} c WHERE c.${p} = k.parent_id) n
     LEFT JOIN LATERAL (
       SELECT * FROM ${table} c
       WHERE c.${p} = k.parent_id
         AND (k.after_at IS NULL OR (c.${at}, c.id) < (k.after_at, k.after_id))
       ORDER BY c.${at} DESC, c.id DESC
       LIMIT k.lim
     ) t ON true
     ORDER BY k.ord, t.${at} DESC, t.id DESC`),
    [
      keys.map((key) => key.parentId),
      keys.map((key) => key.limit),
      keys.map((key) => key.after?.at.toISOString() ?? null),
      keys.map((key) => key.after?.id ?? null),
    ],
  );
  const pages: PageWithTotal<Row>[] = keys.map(() => ({ rows: [], totalCount: 0 }));
  for (const { keyIndex, totalCount, hasRow, ...row } of rows) {
    const page = pages[keyIndex];
    if (!page) continue;
    page.totalCount = totalCount;
    // the LEFT JOIN yields one all-null row for a parent whose page is empty
    if (hasRow) page.rows.push(row as unknown as Row);
  }
  return pages;
}
