import type { Queryable } from '../shared';
import { createLogisticsLoaders } from './loaders';
import type { LogisticsLoaders } from './loaders';

/** What every logistics resolver gets: per-request loaders (resolvers never touch SQL). */
export interface LogisticsContext {
  loaders: LogisticsLoaders;
}

export function createLogisticsContext(db: Queryable): LogisticsContext {
  return { loaders: createLogisticsLoaders(db) };
}
