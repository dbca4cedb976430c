import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Db } from '../../../subgraphs/shared';
import { inventoryModule } from '../../../subgraphs/inventory/module';
import type { InventoryContext } from '../../../subgraphs/inventory/context';

export interface OperationResult {
  data: Record<string, unknown> | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/** Runs one operation with a fresh context (fresh loaders), as one HTTP request would. */
export async function runOperation(
  server: ApolloServer<InventoryContext>,
  db: Db,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<OperationResult> {
  const response = await server.executeOperation(
    { query, variables },
    { contextValue: inventoryModule.createContext(db) },
  );
  if (response.body.kind !== 'single')
    throw new Error('expected a single result; the operation must not use @defer or @stream');
  return { data: response.body.singleResult.data, errors: response.body.singleResult.errors };
}
