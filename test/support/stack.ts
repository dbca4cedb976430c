import { randomBytes } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { mintDevToken } from '../../gateway/auth/devToken';
import { startAll } from '../../stack/startAll';
import type { StartAllOptions } from '../../stack/startAll';
import type { SubgraphName } from '../../subgraphs/shared/catalog';
import type { Db, SubgraphModule } from '../../subgraphs/shared';
import { createTicketsContext } from '../../subgraphs/tickets/context';
import type { TicketsContext } from '../../subgraphs/tickets/context';
import { ticketsModule } from '../../subgraphs/tickets/module';
import { openTestDatabases } from './testDatabases';
import type { Engine } from './testDatabases';

/** Per test process: a gateway a test builds itself can sign for the stack's subgraphs. */
const STACK_SIGNING_SECRET = randomBytes(32).toString('base64url');

/** The "now" of the test data set, fixed so every run sees the same data. */
export const TEST_AS_OF = new Date('2026-11-01T12:00:00.000Z');

/** startAll's gateway settings a test may change: timeouts, retries, breakers, routes to fault servers. */
export type GatewayOptions = Pick<
  StartAllOptions,
  | 'resilience'
  | 'drainMs'
  | 'gatewayRoutes'
  | 'onSubgraphFailure'
  | 'gatewayLogger'
  | 'onInternalError'
  | 'trustedDocuments'
  | 'log'
  | 'entityCache'
>;

export interface GraphQLResponse<Data> {
  status: number;
  body: { data?: Data | null; errors?: GraphQLFormattedError[] };
  headers: Headers;
}

export interface Stack {
  /** The gateway's GraphQL endpoint. */
  url: string;
  /**
   * POSTs a GraphQL request to the gateway over real HTTP, signed in as a supervisor (who sees everything and may
   * act for any agent) unless `headers` has its own `authorization`; `authorization: ''` sends none.
   */
  query<Data>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
  /** SQL statements all five subgraphs sent since the last resetStatements(). */
  statements(): number;
  statementsOf(name: SubgraphName): number;
  /** The seeded databases, for tests that recompute figures from the raw rows. */
  dbs: Record<SubgraphName, Db>;
  resetStatements(): void;
  /** The HMAC secret the subgraphs check, for a second gateway in front of them. */
  signingSecret: string;
  /** The URLs the five subgraphs listen on (the gateway may be routed elsewhere, see GatewayOptions). */
  subgraphUrls: Record<SubgraphName, string>;
  stop(): Promise<void>;
}

/**
 * The whole product as a user runs it: five subgraphs, each on its own HTTP port, the gateway in front of them on
 * another, on fresh databases of `engine` seeded with the scenario customers and `customers - 5` generated ones.
 * `now` pins the tickets clock (otherwise the real time, weeks after TEST_AS_OF).
 */
export async function startStack(
  engine: Engine,
  options: { customers?: number; now?: Date; gateway?: GatewayOptions } = {},
): Promise<Stack> {
  const { now } = options;
  const databases = await openTestDatabases(engine);
  let running: Awaited<ReturnType<typeof startAll>>;
  try {
    running = await startAll({
      dbs: databases.dbs,
      seed: { seed: 11, customers: options.customers ?? 30, asOf: TEST_AS_OF },
      port: 0,
      signingSecret: STACK_SIGNING_SECRET,
      ...options.gateway,
      // `now` pins the tickets subgraph's clock (SLA, unattended, backlog) to an instant of the seeded data
      ...(now && { modules: { tickets: ticketsModuleAt(now) } }),
    });
  } catch (error) {
    await databases.close();
    throw error;
  }
  const all = Object.values(databases.dbs);
  const supervisor = `Bearer ${await mintDevToken({ role: 'supervisor' })}`;
  return {
    url: running.gatewayUrl,
    async query<Data>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      const response = await fetch(running.gatewayUrl, {
        method: 'POST',
        headers: withAuthorization({ 'content-type': 'application/json', ...headers }, supervisor),
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse<Data>['body'];
      return { status: response.status, body, headers: response.headers };
    },
    statements: () => all.reduce((sum, db) => sum + db.stats.statements, 0),
    statementsOf: (name) => databases.dbs[name].stats.statements,
    dbs: databases.dbs,
    subgraphUrls: running.subgraphUrls,
    signingSecret: STACK_SIGNING_SECRET,
    resetStatements() {
      for (const db of all) db.stats.statements = 0;
    },
    async stop() {
      await running.stop();
      await databases.close();
    },
  };
}

function withAuthorization(headers: Record<string, string>, fallback: string): Record<string, string> {
  const { authorization = fallback, ...rest } = headers;
  return authorization === '' ? rest : { ...rest, authorization };
}

/** The tickets module with its clock stopped at `now`, its context type forgotten as in stack/subgraphModules.ts. */
function ticketsModuleAt(now: Date): SubgraphModule<object> {
  const pinned: SubgraphModule<TicketsContext> = {
    ...ticketsModule,
    createContext: (db: Db) => createTicketsContext(db, { now: () => now }),
    // the clock too: its scans at the real time would see every seeded deadline as weeks past
    startJobs: (env) => ticketsModule.startJobs!({ ...env, now: () => now }),
  };
  return pinned as unknown as SubgraphModule<object>;
}
