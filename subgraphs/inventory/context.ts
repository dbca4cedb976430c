import type { Queryable } from '../shared';
import { createInventoryLoaders } from './loaders';
import type { InventoryLoaders } from './loaders';

/** What every inventory resolver gets: per-request loaders (resolvers never touch SQL). */
export interface InventoryContext {
  loaders: InventoryLoaders;
}

export function createInventoryContext(db: Queryable): InventoryContext {
  return { loaders: createInventoryLoaders(db) };
}
