import { join } from 'node:path';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { loadTypeDefs } from '../shared';
import type { SubgraphModule } from '../shared';
import { createInventoryContext } from './context';
import type { InventoryContext } from './context';
import { resolvers } from './resolvers';

/** Products, warehouses and stock levels. */
export const inventoryModule: SubgraphModule<InventoryContext> = {
  name: 'inventory',
  typeDefs: loadTypeDefs('inventory'),
  // checked against the generated Resolvers type in ./resolvers; Apollo's map type is looser
  resolvers: resolvers as GraphQLResolverMap<InventoryContext>,
  migrationsDir: join(__dirname, 'data', 'migrations'),
  createContext: createInventoryContext,
};
