import type { GraphQLFormattedError } from 'graphql';
import { createSubgraphServer } from '../../../subgraphs/shared';
import type { Db } from '../../../subgraphs/shared';
import type { Caller } from '../../../platform/caller';
import { createTicketsContext } from '../../../subgraphs/tickets/context';
import { ticketsModule } from '../../../subgraphs/tickets/module';
import { openTestDatabases } from '../../support/testDatabases';
import type { Engine } from '../../support/testDatabases';
import { FIXTURE_SQL } from './fixtures';

/** The instant every test request sees as "now", so `slaBreached` does not depend on the day the tests run. */
export const NOW = new Date('2026-01-05T12:00:00.000Z');

export interface OperationResult<Data> {
  data: Data | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

export interface TicketsHarness {
  db: Db;
  /**
   * Runs one operation with a fresh context (fresh loaders, clock pinned at NOW), as one HTTP request would; as
   * `caller` when given, else without one (unsecured dev mode).
   */
  run<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller,
  ): Promise<OperationResult<Data>>;
  close(): Promise<void>;
}

/**
 * A started tickets subgraph server on fresh databases of `engine`, filled with `fixtureSql` (the shared fixture by
 * default), its clock stopped at `now` (NOW by default).
 */
export async function openTicketsHarness(
  engine: Engine,
  { fixtureSql = FIXTURE_SQL, now = NOW }: { fixtureSql?: string; now?: Date } = {},
): Promise<TicketsHarness> {
  const databases = await openTestDatabases(engine);
  const db = databases.dbs.tickets;
  await db.exec(fixtureSql);
  const server = createSubgraphServer(ticketsModule, db);
  await server.start();
  return {
    db,
    async run<Data>(query: string, variables: Record<string, unknown> = {}, caller?: Caller) {
      const context = createTicketsContext(db, { now: () => now });
      const response = await server.executeOperation<Data & Record<string, unknown>>(
        { query, variables },
        { contextValue: caller ? { ...context, caller } : context },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result; do not use @defer or @stream');
      return { data: response.body.singleResult.data, errors: response.body.singleResult.errors };
    },
    async close() {
      await server.stop();
      await databases.close();
    },
  };
}
