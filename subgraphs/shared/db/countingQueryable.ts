import type { Queryable } from './Db';

/** Wraps a Queryable so every statement it sends is counted in `stats`. */
export function countingQueryable(inner: Queryable, stats: { statements: number }): Queryable {
  return {
    query(sql, params) {
      stats.statements += 1;
      return inner.query(sql, params);
    },
    exec(sql) {
      stats.statements += 1;
      return inner.exec(sql);
    },
  };
}
