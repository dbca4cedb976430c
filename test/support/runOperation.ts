import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Db, SubgraphModule } from '../../subgraphs/shared';

export interface OperationResult {
  data: Record<string, unknown> | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/**
 * Runs one operation against a subgraph server with a fresh context (fresh loaders), as one HTTP request would.
 * `createContext` defaults to the module's own.
 */
export async function executeWithFreshContext<Context extends object>(
  server: ApolloServer<Context>,
  createContext: () => Context,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<OperationResult> {
  const response = await server.executeOperation({ query, variables }, { contextValue: createContext() });
  if (response.body.kind !== 'single') throw new Error('expected a single result; do not use @defer or @stream');
  return { data: response.body.singleResult.data, errors: response.body.singleResult.errors };
}

/** `runOperation(server, db, query, variables)` for one subgraph module. */
export function operationRunner<Context extends object>(module: SubgraphModule<Context>) {
  return (server: ApolloServer<Context>, db: Db, query: string, variables: Record<string, unknown> = {}) =>
    executeWithFreshContext(server, () => module.createContext(db), query, variables);
}
