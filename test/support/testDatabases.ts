import { SUBGRAPHS } from '../../subgraphs/shared/catalog';
import type { SubgraphName } from '../../subgraphs/shared/catalog';
import { migrate, openEmbeddedPostgres, pgliteDb, postgresDb } from '../../subgraphs/shared';
import type { Db } from '../../subgraphs/shared';
import { join } from 'node:path';
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
  return join(__dirname, '..', '..', 'subgraphs', name, 'data', 'migrations');
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
  let dbs: Record<SubgraphName, Db>;
  let closeAll: () => Promise<void>;
  if (engine === 'pglite') {
    const embedded = await openEmbeddedPostgres(undefined);
    dbs = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, pgliteDb(embedded.pglite)])) as Record<
      SubgraphName,
      Db
    >;
    closeAll = () => embedded.close();
  } else {
    const status = await checkPostgres();
    if (!status.available) throw new Error(`PostgreSQL unreachable at ${status.display}: ${status.reason}`);
    const scratch = await createScratchDatabase();
    // one scratch database holds all five schemas; in production each subgraph has a database of its own
    dbs = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, postgresDb(scratch.url, { max: 4 })])) as Record<
      SubgraphName,
      Db
    >;
    closeAll = async () => {
      await Promise.all(Object.values(dbs).map((db) => db.close()));
      await scratch.drop();
    };
  }
  for (const { name } of SUBGRAPHS) await migrate(dbs[name], name, migrationsDir(name));
  return {
    engine,
    dbs,
    statements: () => Object.values(dbs).reduce((sum, db) => sum + db.stats.statements, 0),
    close: closeAll,
  };
}
