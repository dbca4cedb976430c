import { SUBGRAPH_NAMES } from '../../subgraphs/shared/catalog';
import type { SubgraphName } from '../../subgraphs/shared/catalog';
import { defaultMigrationsDir, openSubgraphDatabases } from '../../subgraphs/shared';
import type { Db, SubgraphDatabases } from '../../subgraphs/shared';
import { copyPgliteTemplate } from './pgliteTemplate';
import { checkPostgres, createScratchDatabase } from './postgres';

export type Engine = 'pglite' | 'postgres';

export interface TestDatabases {
  engine: Engine;
  /** One Db per subgraph, each with its own statement counter, all five schemas migrated and empty. */
  dbs: Record<SubgraphName, Db>;
  /** Statements sent by all five so far. */
  statements(): number;
  close(): Promise<void>;
}

export function migrationsDir(name: SubgraphName): string {
  return defaultMigrationsDir(name);
}

/**
 * The engines a data-layer or integration test runs on: always PGlite, and the real PostgreSQL whenever it is
 * reachable (globalSetup makes CI fail when it is not). Use as `describe.each(await engines())` is not possible in
 * jest, so tests call `describe.each(ENGINES)` with this list computed synchronously from the environment.
 */
export const ENGINES: Engine[] = process.env['TEST_ENGINES']
  ? (process.env['TEST_ENGINES'].split(',') as Engine[])
  : ['pglite', 'postgres'];

/** Opens fresh, migrated, empty databases for the five subgraphs on `engine`. */
export async function openTestDatabases(engine: Engine): Promise<TestDatabases> {
  let databases: SubgraphDatabases<SubgraphName>;
  let close: () => Promise<void>;
  if (engine === 'pglite') {
    // a copy of the run's migrated template, not a cold in-memory start: see pgliteTemplate.ts
    const copy = copyPgliteTemplate();
    const opened = await openSubgraphDatabases({ names: SUBGRAPH_NAMES, dataDir: copy.dataDir }).catch(
      (error: unknown) => {
        copy.remove();
        throw error;
      },
    );
    databases = opened;
    close = async () => {
      await opened.close();
      copy.remove();
    };
  } else {
    const status = await checkPostgres();
    if (!status.available) throw new Error(`PostgreSQL unreachable at ${status.display}: ${status.reason}`);
    const scratch = await createScratchDatabase();
    // one scratch database holds all five schemas; in production each subgraph has a database of its own
    const url = scratch.url;
    const opened = await openSubgraphDatabases({
      names: SUBGRAPH_NAMES,
      databaseUrls: { crm: url, orders: url, inventory: url, logistics: url, tickets: url },
      poolSize: 4,
    }).catch(async (error: unknown) => {
      await scratch.drop();
      throw error;
    });
    databases = opened;
    close = async () => {
      await opened.close();
      await scratch.drop();
    };
  }
  const { dbs } = databases;
  return {
    engine,
    dbs,
    statements: () => Object.values(dbs).reduce((sum, db) => sum + db.stats.statements, 0),
    close,
  };
}
