import type { Queryable } from '../shared';
import { createTicketsLoaders } from './loaders';
import type { TicketsLoaders } from './loaders';

/** What every tickets resolver gets: per-request loaders (resolvers never touch SQL) and a clock. */
export interface TicketsContext {
  loaders: TicketsLoaders;
  /** The current time, for `Ticket.slaBreached`; a function so tests can pin it. */
  now: () => Date;
}

export interface TicketsContextOptions {
  now?: () => Date;
}

export function createTicketsContext(db: Queryable, options: TicketsContextOptions = {}): TicketsContext {
  return { loaders: createTicketsLoaders(db), now: options.now ?? (() => new Date()) };
}
