import { mkdirSync } from 'node:fs';
import { Client } from 'pg';
import { SUBGRAPH_NAMES } from '../../subgraphs/shared/catalog';
import type { SubgraphName } from '../../subgraphs/shared/catalog';
import { openEmbeddedPostgres, pgliteDb, postgresDb } from '../../subgraphs/shared/db';
import type { Db } from '../../subgraphs/shared/db';

/**
 * Where the benchmark's data lives. `postgres`: one database per subgraph (`<prefix><name>`, created when
 * missing) on the server at `adminUrl`, as in production. `pglite`: the embedded engine in `dataDir`
 * (undefined: in memory), one instance shared by the five subgraphs as `npm start` does.
 */
export type BenchStorage =
  | {
      engine: 'postgres';
      adminUrl: string;
      databasePrefix: string;
      /** Connections per subgraph database; 10 by default. */
      poolSize?: number;
    }
  | { engine: 'pglite'; dataDir: string | undefined };

export interface BenchDatabases {
  dbs: Record<SubgraphName, Db>;
  /** For progress lines: `PostgreSQL 127.0.0.1:5432 (c360_bench_*)` or `PGlite .data/bench`. */
  description: string;
  close(): Promise<void>;
}

const DATABASE_NAME = /^[a-z_][a-z0-9_]*$/;

export async function openBenchDatabases(storage: BenchStorage): Promise<BenchDatabases> {
  if (storage.engine === 'pglite') {
    if (storage.dataDir !== undefined) mkdirSync(storage.dataDir, { recursive: true });
    const embedded = await openEmbeddedPostgres(storage.dataDir);
    const dbs = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, pgliteDb(embedded.pglite)])) as Record<
      SubgraphName,
      Db
    >;
    return { dbs, description: `PGlite ${storage.dataDir ?? '(in memory)'}`, close: () => embedded.close() };
  }

  const names = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, `${storage.databasePrefix}${name}`]));
  for (const name of Object.values(names)) {
    if (!DATABASE_NAME.test(name)) throw new Error(`invariant: bad benchmark database name ${JSON.stringify(name)}`);
  }
  await createMissingDatabases(storage.adminUrl, Object.values(names));
  const dbs = {} as Record<SubgraphName, Db>;
  for (const subgraph of SUBGRAPH_NAMES) {
    const url = new URL(storage.adminUrl);
    url.pathname = `/${names[subgraph]}`;
    // the gateway sends up to ~concurrency requests at once per subgraph; 10 connections each keep five pools
    // (50 connections) inside PostgreSQL's default max_connections of 100
    dbs[subgraph] = postgresDb(url.toString(), { max: storage.poolSize ?? 10 });
  }
  const server = new URL(storage.adminUrl);
  return {
    dbs,
    description: `PostgreSQL ${server.hostname}:${server.port || 5432} (${storage.databasePrefix}*)`,
    close: async () => {
      await Promise.all(Object.values(dbs).map((db) => db.close()));
    },
  };
}

async function createMissingDatabases(adminUrl: string, names: string[]): Promise<void> {
  const admin = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname = ANY($1)', [
      names,
    ]);
    const existing = new Set(rows.map((row) => row.datname));
    for (const name of names) {
      // the name is checked against DATABASE_NAME above: CREATE DATABASE takes no parameters
      if (!existing.has(name)) await admin.query(`CREATE DATABASE ${name}`);
    }
  } finally {
    await admin.end();
  }
}

/** Whether a PostgreSQL server answers at `url` (the benchmark falls back to PGlite when not). */
export async function postgresReachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
