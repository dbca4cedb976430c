import type { Db } from '../shared';
import type { RequestCaller } from '../../platform/caller';
import type { InvalidatingContext } from '../../platform/changeEvents';
import { createLogisticsLoaders } from './loaders';
import type { LogisticsLoaders } from './loaders';

/** What every logistics resolver gets: per-request loaders (resolvers never touch SQL), the database for mutations. */
export interface LogisticsContext extends RequestCaller, InvalidatingContext {
  loaders: LogisticsLoaders;
  /** For the commands (commands/): each is one transaction. Reads go through `loaders`. */
  db: Db;
  /** The current time, for the times mutations write; a function so tests can pin it. */
  now: () => Date;
}

export function createLogisticsContext(db: Db): LogisticsContext {
  return { loaders: createLogisticsLoaders(db), db, now: () => new Date() };
}
