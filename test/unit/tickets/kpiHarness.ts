import type { GraphQLFormattedError } from 'graphql';
import { createSubgraphServer } from '../../../subgraphs/shared';
import type { Db } from '../../../subgraphs/shared';
import { createTicketsContext } from '../../../subgraphs/tickets/context';
import { ticketsModule } from '../../../subgraphs/tickets/module';
import { openTestDatabases } from '../../support/testDatabases';
import type { Engine } from '../../support/testDatabases';

export interface Harness {
  db: Db;
  run<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data: Data | null | undefined; errors: readonly GraphQLFormattedError[] | undefined }>;
  close(): Promise<void>;
}

/** A started tickets subgraph on fresh databases of `engine` holding `fixtureSql`, its clock stopped at `now`. */
export async function openHarness(engine: Engine, fixtureSql: string, now: Date): Promise<Harness> {
  const databases = await openTestDatabases(engine);
  const db = databases.dbs.tickets;
  await db.exec(fixtureSql);
  const server = createSubgraphServer(ticketsModule, db);
  await server.start();
  return {
    db,
    async run<Data>(query: string, variables: Record<string, unknown> = {}) {
      const response = await server.executeOperation<Data & Record<string, unknown>>(
        { query, variables },
        { contextValue: createTicketsContext(db, { now: () => now }) },
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

/** Agents of three teams (the teams themselves come from migration 002). */
export const AGENTS_SQL = `
INSERT INTO tickets.agents (id, name, team_code) VALUES
  ('agt_1', 'Anna Berg', 'customer_care'), ('agt_2', 'Lars Vogel', 'logistics_desk'), ('agt_3', 'Bea Roth', 'billing');
`;
