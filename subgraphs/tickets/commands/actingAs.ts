import type { Db } from '../../shared';
import type { Caller } from '../../../platform/caller';
import { setActedBy } from '../data/ticketStore';

/** How the acting user is written in `ticket_events.acted_by`. */
export function actedBy(caller: Caller): string {
  return `${caller.role}:${caller.userId}`;
}

/**
 * The database, with every transaction stamped with the verified caller (`c360.acted_by`, transaction-local):
 * the `acted_by` column's default reads it, so each event a command records names who made the change. Without
 * a caller (unsecured dev mode) the database is returned as it is.
 */
export function actingAs(db: Db, caller: Caller | undefined): Db {
  if (!caller) return db;
  return {
    query: (sql, params) => db.query(sql, params),
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
    get stats() {
      return db.stats;
    },
    transaction: (fn) =>
      db.transaction(async (tx) => {
        await setActedBy(tx, actedBy(caller));
        return fn(tx);
      }),
  };
}
