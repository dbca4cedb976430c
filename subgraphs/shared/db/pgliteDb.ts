import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Db, Queryable } from './Db';
import { countingQueryable } from './countingQueryable';

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params?: readonly unknown[]) {
      const result = await target.query<Row>(sql, params ? [...params] : undefined);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/**
 * A Db view on a shared PGlite instance. Every subgraph in the process gets its own view (and its own statement
 * count) on the one instance, because a PGlite instance costs ~100 MB and seconds to start. Closing the view
 * leaves the instance open: its owner (see openEmbeddedPostgres) closes it.
 */
export function pgliteDb(pglite: PGlite): Db {
  const stats = { statements: 0 };
  const direct = countingQueryable(wrap(pglite), stats);
  return {
    ...direct,
    stats,
    transaction(fn) {
      return pglite.transaction((tx) => fn(countingQueryable(wrap(tx), stats)));
    },
    async close() {
      // the shared instance is not ours to close
    },
  };
}
