import type { Db } from '../../shared';

/** What every lifecycle command needs: the database (each command is one transaction) and the clock. */
export interface CommandContext {
  db: Db;
  now: () => Date;
}
