import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type { DocumentNode } from 'graphql';
import type { SubgraphResolverMap } from '../../subgraphs/shared/SubgraphModule';

/**
 * The graphql-js that @apollo/subgraph builds schemas with. bench/node_modules holds a copy of its own (for
 * @graphql-hive/gateway), which a plain `import 'graphql'` here would load, and graphql-js refuses to execute a
 * schema built by another copy.
 */
export const subgraphGraphql = createRequire(require.resolve('@apollo/subgraph'))('graphql') as typeof GraphQL;

/** One subgraph of the federation workload, as the gateway test fixtures write them: a name, SDL and resolvers. */
export interface BenchSubgraph {
  name: string;
  typeDefs: DocumentNode;
  resolvers: SubgraphResolverMap;
}

/** Federation 2 SDL: the link every subgraph of the workload starts with, then its types. */
export function federationSdl(types: string): DocumentNode {
  return subgraphGraphql.parse(
    `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires", "@provides", "@shareable"])\n${types}`,
  );
}
