import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Caller } from '../../platform/caller';

/**
 * Who subgraph unit tests act as: a supervisor, who sees personal data unmasked, as the gateway would vouch for in
 * signed headers. Tests of masking pass their own caller.
 */
export const TEST_CALLER: Caller = {
  userId: 'sup_test',
  role: 'supervisor',
  scopes: ['graph:read', 'pii:read', 'tickets:write', 'metrics:read'],
};

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
