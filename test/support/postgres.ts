import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A server where the test user may CREATE DATABASE; every test file gets a database of its own on it. */
export const TEST_POSTGRES_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function display(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}`;
}

export async function checkPostgres(): Promise<{ available: boolean; display: string; reason?: string }> {
  const client = new Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { available: true, display: display(TEST_POSTGRES_URL) };
  } catch (error) {
    return { available: false, display: display(TEST_POSTGRES_URL), reason: (error as Error).message };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates a fresh, empty database and returns its URL and a function that drops it. */
export async function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `c360_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * A fresh prefix for a run's own `<prefix><name>` databases, which whoever opens them creates (see
 * openSubgraphDatabases' `postgres` option), and a function that drops them.
 */
export function scratchDatabasePrefix(names: readonly string[]): { prefix: string; drop(): Promise<void> } {
  const prefix = `c360_test_${process.pid}_${randomBytes(4).toString('hex')}_`;
  return {
    prefix,
    async drop() {
      const client = new Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      try {
        for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${prefix}${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
