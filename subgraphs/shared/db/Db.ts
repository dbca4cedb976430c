/**
 * The one way subgraph code talks to its database, whichever engine is behind it: PGlite (embedded, in-process)
 * or PostgreSQL through `pg`. Both speak the same SQL, so repositories and migrations are written once.
 *
 * Rows come back with `timestamptz` as `Date`, `text` as string and `integer` as number on both engines. `bigint`
 * and `numeric` differ between them (number vs string), so queries cast aggregates to `::int` or `::text`.
 */
export interface Queryable {
  /** Runs one statement with `$1`-style parameters and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Statements sent through this handle so far; tests use it to prove there is no N+1. */
  readonly stats: { statements: number };
  /** Releases what this handle owns (a pool; a shared embedded instance is closed by its owner). */
  close(): Promise<void>;
}
