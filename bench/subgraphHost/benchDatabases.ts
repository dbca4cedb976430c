import { Client } from 'pg';
import { SUBGRAPH_NAMES } from '../../subgraphs/shared/catalog';
import type { SubgraphName } from '../../subgraphs/shared/catalog';
import { openSubgraphDatabases } from '../../subgraphs/shared/db';
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
  /** Migrated. */
  dbs: Record<SubgraphName, Db>;
  /** For progress lines: `PostgreSQL 127.0.0.1:5432 (c360_bench_*)` or `PGlite .data/bench`. */
  description: string;
  close(): Promise<void>;
}

/** Opens and migrates the five subgraphs' databases where `storage` says. */
export async function openBenchDatabases(storage: BenchStorage): Promise<BenchDatabases> {
  if (storage.engine === 'pglite') {
    const databases = await openSubgraphDatabases({ names: SUBGRAPH_NAMES, dataDir: storage.dataDir });
    return { ...databases, description: `PGlite ${storage.dataDir ?? '(in memory)'}` };
  }
  const databases = await openSubgraphDatabases({
    names: SUBGRAPH_NAMES,
    postgres: { serverUrl: storage.adminUrl, databasePrefix: storage.databasePrefix },
    // the gateway sends up to ~concurrency requests at once per subgraph; 10 connections each keep five pools
    // (50 connections) inside PostgreSQL's default max_connections of 100
    poolSize: storage.poolSize ?? 10,
  });
  const server = new URL(storage.adminUrl);
  return {
    ...databases,
    description: `PostgreSQL ${server.hostname}:${server.port || 5432} (${storage.databasePrefix}*)`,
  };
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
