import { Client } from 'pg';

/** The database names we create ourselves: CREATE DATABASE takes no parameters, so nothing else gets near it. */
export const DATABASE_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Creates each database in `names` that the server at `serverUrl` does not have yet. The connecting user needs
 * CREATEDB; databases that exist are left alone.
 */
export async function createMissingDatabases(serverUrl: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    if (!DATABASE_NAME.test(name)) throw new Error(`invariant: bad database name ${JSON.stringify(name)}`);
  }
  const admin = new Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname = ANY($1)', [
      names,
    ]);
    const existing = new Set(rows.map((row) => row.datname));
    for (const name of names) {
      // checked against DATABASE_NAME above
      if (!existing.has(name)) await admin.query(`CREATE DATABASE ${name}`);
    }
  } finally {
    await admin.end();
  }
}
