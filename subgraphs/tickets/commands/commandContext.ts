import type { Db } from '../../shared';

/** What every lifecycle command needs: the database (each command is one transaction) and the clock. */
export interface CommandContext {
  db: Db;
  now: () => Date;
  /**
   * Whose idempotency keys the command sees: `<role>:<user id>` of the verified caller (as in
   * `ticket_events.acted_by`), '' without one (unsecured dev mode).
   */
  caller: string;
}
