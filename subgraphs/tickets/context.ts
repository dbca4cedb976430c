import type { Db } from '../shared';
import type { RequestCaller } from '../../platform/caller';
import type { InvalidatingContext } from '../../platform/changeEvents';
import { createTicketsLoaders } from './loaders';
import type { TicketsLoaders } from './loaders';

/** What every tickets resolver gets: per-request loaders (resolvers never touch SQL), the database and a clock. */
export interface TicketsContext extends RequestCaller, InvalidatingContext {
  loaders: TicketsLoaders;
  /** For the lifecycle mutations: each is one transaction (see commands/). Reads go through `loaders`. */
  db: Db;
  /** The current time, for `Ticket.slaBreached` and the times mutations write; a function so tests can pin it. */
  now: () => Date;
}

export interface TicketsContextOptions {
  now?: () => Date;
}

export function createTicketsContext(db: Db, options: TicketsContextOptions = {}): TicketsContext {
  return { loaders: createTicketsLoaders(db), db, now: options.now ?? (() => new Date()) };
}
