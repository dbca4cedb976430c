import { join } from 'node:path';
import { loadTypeDefs } from '../shared';
import type { SubgraphModule } from '../shared';
import { createInventoryContext } from './context';
import type { InventoryContext } from './context';
import { resolvers } from './resolvers';

/** Products, warehouses and stock levels. */
export const inventoryModule: SubgraphModule<InventoryContext> = {
  name: 'inventory',
  typeDefs: loadTypeDefs('inventory'),
  resolvers,
  migrationsDir: join(__dirname, 'data', 'migrations'),
  createContext: createInventoryContext,
};
