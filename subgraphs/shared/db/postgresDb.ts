import { Pool, types } from 'pg';
import type { PoolClient } from 'pg';
import type { Db, Queryable } from './Db';
import { countingQueryable } from './countingQueryable';
import { preparedStatementName } from './preparedStatements';

// PGlite returns int8 (count(*), sums) as a JS number; make pg agree so repositories see one shape. Counts and
// sums of minor units stay far below 2^53.
types.setTypeParser(types.builtins.INT8, (value) => Number(value));

function wrap(target: Pool | PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params?: readonly unknown[]) {
      const values = params ? [...params] : undefined;
      // a marked statement is parsed and planned once per connection (pg keeps the names each connection prepared)
      const name = preparedStatementName(sql);
      const result = await (name ? target.query({ name, text: sql, values }) : target.query(sql, values));
      return result.rows as Row[];
    },
    async exec(sql: string) {
      await target.query(sql);
    },
  };
}

/** A Db on a real PostgreSQL database, through a `pg` connection pool. */
export function postgresDb(connectionString: string, options: { max?: number } = {}): Db {
  const pool = new Pool({ connectionString, max: options.max ?? 10 });
  // An idle client that loses its connection emits 'error' on the pool; without a listener that kills the process.
  pool.on('error', () => undefined);
  const stats = { statements: 0 };
  const direct = countingQueryable(wrap(pool), stats);
  return {
    ...direct,
    stats,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(countingQueryable(wrap(client), stats));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close() {
      return pool.end();
    },
  };
}
