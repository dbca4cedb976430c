import type { DocumentNode } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { SubgraphName } from './catalog';
import type { KnownPiiHooks } from './pii/piiMasking';
import type { Queryable } from './db';

/**
 * Everything needed to serve one subgraph, with no side effects: the same module runs alone in its own process
 * (subgraphs/<name>/index.ts) or next to the four others behind the gateway (stack/startAll.ts).
 */
export interface SubgraphModule<Context = unknown> {
  name: SubgraphName;
  /** The subgraph's SDL, read from schema/<name>.graphql (the source of truth). */
  typeDefs: DocumentNode;
  // The generated resolver types are stricter than Apollo's map; each module checks them against its own
  // generated `Resolvers` type, and hands them over here in Apollo's shape.
  resolvers: GraphQLResolverMap<Context>;
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
