import type { DocumentNode } from 'graphql';
import type { buildSubgraphSchema } from '@apollo/subgraph';
import type { SubgraphName } from './catalog';
import type { KnownPiiHooks } from './pii/piiMasking';
import type { Db, Queryable } from './db';
import type { Announcer } from '../../platform/changeEvents';
import type { Env, EnvIssue } from '../../platform/settings';
import type { Logger } from 'pino';

/** What a subgraph's scheduled work gets when the server starts it (see SubgraphModule.startJobs). */
export interface SubgraphJobsEnv {
  db: Db;
  /** Announces a change as the subgraph's mutations do: cache invalidation first, then the change feed. */
  announce: Announcer['announce'];
  log: Logger;
  /** The variables the jobs read their settings from; checked at start-up with jobVariables. */
  variables: Env;
  /** The jobs' clock: the real time unless a test pins it (as it pins the requests' clock). */
  now?: (() => Date) | undefined;
}

/** Scheduled work running; stopped before the database closes. */
export interface RunningJobs {
  /** Stops scheduling and waits for the work in progress. */
  stop(): Promise<void>;
}

/**
 * The resolver map buildSubgraphSchema takes, read off its public signature: @apollo/subgraph exports the type
 * itself (GraphQLResolverMap) only from its dist internals, which may move in any release. Each module's map is
 * checked against its own generated `Resolvers` type (in resolvers/index.ts), which pins its context and parents.
 */
export type SubgraphResolverMap = NonNullable<
  Exclude<Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number], DocumentNode>['resolvers']
>;

/**
 * Everything needed to serve one subgraph, with no side effects: the same module runs alone in its own process
 * (subgraphs/<name>/index.ts) or next to the four others behind the gateway (stack/startAll.ts).
 */
export interface SubgraphModule<Context = unknown> {
  name: SubgraphName;
  /** The subgraph's SDL, read from schema/<name>.graphql (the source of truth). */
  typeDefs: DocumentNode;
  /** The resolvers, typed by codegen from the SDL (see SubgraphResolverMap). */
  resolvers: SubgraphResolverMap;
  /** Folder of the subgraph's `NNN_name.sql` migrations; they create and fill the PostgreSQL schema `name`. */
  migrationsDir: string;
  /** Builds the per-request context: fresh DataLoaders, so nothing is cached across requests. */
  createContext(db: Queryable): Context;
  /**
   * For each type with `@pii(kind: FREE_TEXT)` fields: the customer's own values for an object of it, which
   * applyPiiMasking masks in its texts however they are written. Required for every such type (startup fails).
   */
  knownPii?: KnownPiiHooks<Context>;
  /**
   * Scheduled work the subgraph does while it serves (the tickets SLA clock), started by listenSubgraph once the
   * server is up and stopped before it. Every replica starts it: the jobs must do each piece of work once between them.
   */
  startJobs?(env: SubgraphJobsEnv): RunningJobs;
  /** Checks the variables startJobs reads, so that start-up reports their problems with the subgraph's others. */
  jobVariables?(env: Env): EnvIssue[];
}
