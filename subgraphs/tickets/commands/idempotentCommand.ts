import { checkIdempotencyKey } from '../../shared';
import type { Queryable } from '../../shared';
import type { TicketRow } from '../data/rows';
import type { CommandContext } from './commandContext';
import { lifecycleErrors } from './lifecycleErrors';
import { requestHash } from './requestHash';
import { readTicket } from '../data/ticketStore';
import { findIdempotencyKey, lockIdempotencyKey, storeIdempotencyKey } from '../data/idempotencyRepository';

/** The ticket commands; each may be sent with an idempotency key (migration 008 lists them too). */
export type CommandName =
  | 'openTicket'
  | 'addMessage'
  | 'assignTicket'
  | 'transferTicket'
  | 'consultTeam'
  | 'answerConsultation'
  | 'resolveTicket'
  | 'reopenTicket';

export interface CommandRequest {
  command: CommandName;
  /** The client's key for this change, if it sent one. */
  idempotencyKey: string | null | undefined;
  /** The request, normalized (trimmed, defaults applied) and without the key: what "the same request" means. */
  request: Record<string, string | null>;
}

/**
 * Runs one ticket command in one transaction, idempotently when the client sent a key. Keys belong to the caller
 * (`ctx.caller`): another caller's identical key is another key, so nobody gets someone else's answer back.
 *
 * With a key, the transaction first takes an advisory lock on (caller, key), so concurrent requests with one key
 * queue behind each other instead of racing for the primary key (on PostgreSQL the loser would otherwise fail, or
 * block and then see nothing under its snapshot); then looks the key up. Known with the same request (same command,
 * same normalized input): the ticket as it is now, and nothing is written. Known with another request:
 * IDEMPOTENCY_KEY_REUSED. New: the change runs and the key is stored with it, in the same transaction, so a request
 * that dies before COMMIT leaves nothing behind and its retry makes the change once. A change that fails stores no
 * key either: the retry runs it again.
 */
export async function runCommand(
  ctx: CommandContext,
  { command, idempotencyKey, request }: CommandRequest,
  change: (tx: Queryable) => Promise<TicketRow>,
): Promise<TicketRow> {
  if (idempotencyKey === undefined || idempotencyKey === null) return ctx.db.transaction(change);
  const key = checkIdempotencyKey(idempotencyKey);
  const hash = requestHash({ ...request, '#command': command });
  return ctx.db.transaction(async (tx) => {
    await lockIdempotencyKey(tx, ctx.caller, key);
    const existing = await findIdempotencyKey<CommandName>(tx, ctx.caller, key);
    if (existing) {
      const ticket = await readTicket(tx, existing.ticketId);
      if (existing.requestHash !== hash)
        throw lifecycleErrors.idempotencyKeyReused(key, existing.command, ticket.number);
      return ticket;
    }
    const ticket = await change(tx);
    await storeIdempotencyKey(tx, {
      caller: ctx.caller,
      key,
      command,
      requestHash: hash,
      ticketId: ticket.id,
      createdAt: ctx.now(),
    });
    return ticket;
  });
}
