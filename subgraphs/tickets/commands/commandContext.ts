import type { Db } from '../../shared';
import type { TicketChangeFacts } from './ticketChange';

/** What every lifecycle command needs: the database (each command is one transaction) and the clock. */
export interface CommandContext {
  db: Db;
  now: () => Date;
  /**
   * Whose idempotency keys the command sees: `<role>:<user id>` of the verified caller (as in
   * `ticket_events.acted_by`), '' without one (unsecured dev mode).
   */
  caller: string;
  /**
   * Told, inside the transaction, that the command changed the ticket, with the facts only the command knows (the
   * team a transfer came from…). Not called when nothing changed: an idempotent replay, or assigning a ticket to
   * the agent who has it. The mutation announces the change once the transaction committed (resolvers/Mutation.ts);
   * tests that call commands directly leave it out.
   */
  changed?: (facts: TicketChangeFacts) => void;
}
