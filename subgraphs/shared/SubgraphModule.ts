import type { DocumentNode } from 'graphql';
import type { buildSubgraphSchema } from '@apollo/subgraph';
import type { SubgraphName } from './catalog';
import type { KnownPiiHooks } from './pii/piiMasking';
import type { Queryable } from './db';

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
}
