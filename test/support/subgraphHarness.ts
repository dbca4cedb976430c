import type { ApolloServer } from '@apollo/server';
import { createSubgraphServer } from '../../subgraphs/shared';
import type { Db, SubgraphModule } from '../../subgraphs/shared';
import { executeWithFreshContext, TEST_CALLER } from './runOperation';
import type { OperationResult } from './runOperation';
import { openTestDatabases } from './testDatabases';
import type { Engine, TestDatabases } from './testDatabases';

export interface SubgraphHarness<Context extends object> {
  /** The subgraph's own database; only valid inside tests and hooks, after beforeAll ran. */
  db(): Db;
  server(): ApolloServer<Context>;
  /** Runs one operation with a fresh context, as one HTTP request would; `createContext` overrides the default. */
  run(
    query: string,
    variables?: Record<string, unknown>,
    createContext?: (db: Db) => Context,
  ): Promise<OperationResult>;
}

export interface SubgraphHarnessOptions<Context extends object> {
  /** Fills the freshly migrated, empty database before the server starts. */
  insertFixtures?: (db: Db) => Promise<void>;
  /** The context of every `run` that passes none; defaults to the module's own, acting as TEST_CALLER. */
  createContext?: (db: Db) => Context;
}

/**
 * Opens fresh databases on `engine`, fills the subgraph's own with `insertFixtures` and starts its server in a
 * `beforeAll` of the enclosing describe, and stops both in its `afterAll`. Every subgraph unit test needs exactly
 * this life cycle; keeping it in one place means a change to it (another engine, a server option) is made once.
 * The accessors are functions because the hooks have not run yet when the describe body calls this.
 */
export function useSubgraphServer<Context extends object>(
  engine: Engine,
  module: SubgraphModule<Context>,
  { insertFixtures, createContext }: SubgraphHarnessOptions<Context> = {},
): SubgraphHarness<Context> {
  let databases: TestDatabases | undefined;
  let db: Db | undefined;
  let server: ApolloServer<Context> | undefined;
  const defaultContext =
    createContext ?? ((db: Db) => Object.assign(module.createContext(db), { caller: TEST_CALLER }));

  beforeAll(async () => {
    databases = await openTestDatabases(engine);
    db = databases.dbs[module.name];
    await insertFixtures?.(db);
    server = createSubgraphServer(module, db);
    await server.start();
  });
  afterAll(async () => {
    await server?.stop();
    await databases?.close();
  });

  const harness: SubgraphHarness<Context> = {
    db() {
      if (!db) throw new Error('the subgraph database is opened in beforeAll; use db() inside tests and hooks only');
      return db;
    },
    server() {
      if (!server) throw new Error('the subgraph server starts in beforeAll; use server() inside tests and hooks only');
      return server;
    },
    run(query, variables = {}, context = defaultContext) {
      const current = harness.db();
      return executeWithFreshContext(harness.server(), () => context(current), query, variables);
    },
  };
  return harness;
}
