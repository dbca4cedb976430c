import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Db } from '../../../subgraphs/shared';
import { ordersModule } from '../../../subgraphs/orders/module';
import type { OrdersContext } from '../../../subgraphs/orders/context';

export interface OperationResult {
  data: Record<string, unknown> | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/** Runs one operation with a fresh context (fresh loaders), as one HTTP request would. */
export async function runOperation(
  server: ApolloServer<OrdersContext>,
  db: Db,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<OperationResult> {
  const response = await server.executeOperation(
    { query, variables },
    { contextValue: ordersModule.createContext(db) },
  );
  if (response.body.kind !== 'single')
    throw new Error('expected a single result; the operation must not use @defer or @stream');
  return { data: response.body.singleResult.data, errors: response.body.singleResult.errors };
}
