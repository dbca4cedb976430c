import type { Queryable } from '../../shared';
import type { TicketRow } from '../data/rows';
import type { CommandContext } from './commandContext';
import { REASON_MAX, requiredText } from './input';
import { runCommand } from './idempotentCommand';
import { lifecycleErrors } from './lifecycleErrors';
import { findAgent, lockTicket, recordEvent, updateTicket } from '../data/ticketStore';

export interface Reopen {
  reason: string;
  agentId: string | null;
  actor: string;
  at: Date;
}

/**
 * RESOLVED → OPEN inside a running transaction, on a locked ticket: counts the reopen, clears the resolution and
 * records the REOPENED event. Shared by reopenTicket and by a customer reply to a resolved ticket.
 */
export async function reopenTicketIn(tx: Queryable, ticket: TicketRow, reopen: Reopen): Promise<TicketRow> {
  if (ticket.status !== 'RESOLVED') {
    throw lifecycleErrors.invalidTransition(
      ticket.number,
      ticket.status,
      'reopened',
      'Only resolved tickets are reopened; this one is still being worked on.',
    );
  }
  const reopened = await updateTicket(
    tx,
    ticket.id,
    { status: 'OPEN', resolved_at: null, resolution_code: null, reopen_count: ticket.reopenCount + 1 },
    reopen.at,
  );
  await recordEvent(tx, {
    kind: 'REOPENED',
    fromStatus: ticket.status,
    ticket: reopened,
    agentId: reopen.agentId,
    actor: reopen.actor,
    text: `Reopened (reopen ${reopened.reopenCount}): ${reopen.reason}`,
    data: { reason: reopen.reason },
    at: reopen.at,
  });
  return reopened;
}

/** Reopens a resolved ticket. Without an agent, the reopen is the customer's (e.g. from a self-service form). */
export async function reopenTicket(
  ctx: CommandContext,
  args: { ticketId: string; reason: string; agentId?: string | null; idempotencyKey?: string | null },
): Promise<TicketRow> {
  const reason = requiredText('reason', args.reason, REASON_MAX);
  const request = { ticketId: args.ticketId, reason, agentId: args.agentId ?? null };
  return runCommand(ctx, { command: 'reopenTicket', idempotencyKey: args.idempotencyKey, request }, async (tx) => {
    const ticket = await lockTicket(tx, args.ticketId);
    const agent = args.agentId ? await findAgent(tx, args.agentId) : null;
    const reopened = await reopenTicketIn(tx, ticket, {
      reason,
      agentId: agent?.id ?? null,
      actor: agent?.id ?? ticket.customerId,
      at: ctx.now(),
    });
    ctx.changed?.({});
    return reopened;
  });
}
