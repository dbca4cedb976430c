import type { Queryable } from '../shared';
import { createOrdersLoaders } from './loaders';
import type { OrdersLoaders } from './loaders';

/** What every orders resolver gets: DataLoaders built for this request only. */
export interface OrdersContext {
  loaders: OrdersLoaders;
}

export function createOrdersContext(db: Queryable): OrdersContext {
  return { loaders: createOrdersLoaders(db) };
}
