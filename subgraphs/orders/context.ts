import type { Db } from '../shared';
import type { RequestCaller } from '../../platform/caller';
import type { InvalidatingContext } from '../../platform/changeEvents';
import { createOrdersLoaders } from './loaders';
import type { OrdersLoaders } from './loaders';

/** What every orders resolver gets: DataLoaders built for this request only, and the database for mutations. */
export interface OrdersContext extends RequestCaller, InvalidatingContext {
  loaders: OrdersLoaders;
  /** For the commands (commands/): each is one transaction. Reads go through `loaders`. */
  db: Db;
  /** The current time, for the times mutations write; a function so tests can pin it. */
  now: () => Date;
}

export function createOrdersContext(db: Db): OrdersContext {
  return { loaders: createOrdersLoaders(db), db, now: () => new Date() };
}
