import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './Db';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Applies the `NNN_name.sql` files in `dir` that `schema.schema_migrations` does not list yet, in name order,
 * in one transaction together with their bookkeeping rows, so a failed migration leaves no trace.
 * An advisory lock keeps two processes starting at once from applying the same file twice.
 * Returns the names it applied.
 */
export async function migrate(db: Db, schema: string, dir: string): Promise<string[]> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invariant: bad schema name ${JSON.stringify(schema)}`);
  const files = readdirSync(dir)
    .filter((file) => /^\d+_.+\.sql$/.test(file))
    .sort();
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`c360:migrate:${schema}`]);
    await tx.exec(
      `CREATE SCHEMA IF NOT EXISTS ${schema};
       CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
         name text PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       );`,
    );
    const done = new Set(
      (await tx.query<{ name: string }>(`SELECT name FROM ${schema}.schema_migrations`)).map((row) => row.name),
    );
    const applied: string[] = [];
    for (const file of files) {
      if (done.has(file)) continue;
      await tx.exec(readFileSync(join(dir, file), 'utf8'));
      await tx.query(`INSERT INTO ${schema}.schema_migrations (name) VALUES ($1)`, [file]);
      applied.push(file);
    }
    return applied;
  });
}
