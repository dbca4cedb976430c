import type { GraphQLFormattedError } from 'graphql';
import { startAll } from '../../gateway/startAll';
import type { SubgraphName } from '../../subgraphs/catalog';
import { openTestDatabases } from './testDatabases';
import type { Engine } from './testDatabases';

/** The "now" of the test data set, fixed so every run sees the same data. */
export const TEST_AS_OF = new Date('2026-11-01T12:00:00.000Z');

export interface GraphQLResponse<Data> {
  status: number;
  body: { data?: Data | null; errors?: GraphQLFormattedError[] };
  headers: Headers;
}

export interface Stack {
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** POSTs a GraphQL request to the gateway over real HTTP. */
  query<Data>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
  /** SQL statements all five subgraphs sent since the last resetStatements(). */
  statements(): number;
  statementsOf(name: SubgraphName): number;
  resetStatements(): void;
  stop(): Promise<void>;
}

/**
 * The whole product as a user runs it: five subgraphs, each on its own HTTP port, the gateway in front of them on
 * another, on fresh databases of `engine` seeded with the scenario customers and `customers - 5` generated ones.
 */
export async function startStack(engine: Engine, options: { customers?: number } = {}): Promise<Stack> {
  const databases = await openTestDatabases(engine);
  let running: Awaited<ReturnType<typeof startAll>>;
  try {
    running = await startAll({
      dbs: databases.dbs,
      seed: { seed: 11, customers: options.customers ?? 30, asOf: TEST_AS_OF },
      port: 0,
    });
  } catch (error) {
    await databases.close();
    throw error;
  }
  const all = Object.values(databases.dbs);
  return {
    url: running.gatewayUrl,
    async query<Data>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      const response = await fetch(running.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse<Data>['body'];
      return { status: response.status, body, headers: response.headers };
    },
    statements: () => all.reduce((sum, db) => sum + db.stats.statements, 0),
    statementsOf: (name) => databases.dbs[name].stats.statements,
    resetStatements() {
      for (const db of all) db.stats.statements = 0;
    },
    async stop() {
      await running.stop();
      await databases.close();
    },
  };
}
