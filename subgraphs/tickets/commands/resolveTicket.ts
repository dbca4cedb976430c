import type { ResolutionCode } from '../__generated__/resolvers-types';
import type { TicketRow } from '../data/rows';
import type { CommandContext } from './commandContext';
import { runCommand } from './idempotentCommand';
import { lifecycleErrors } from './lifecycleErrors';
import { findAgent, lockTicket, recordEvent, updateTicket } from '../data/ticketStore';

/** Resolves an open ticket with a resolution code. */
export async function resolveTicket(
  ctx: CommandContext,
  args: { ticketId: string; resolutionCode: ResolutionCode; agentId: string; idempotencyKey?: string | null },
): Promise<TicketRow> {
  const request = { ticketId: args.ticketId, resolutionCode: args.resolutionCode, agentId: args.agentId };
  return runCommand(ctx, { command: 'resolveTicket', idempotencyKey: args.idempotencyKey, request }, async (tx) => {
    const ticket = await lockTicket(tx, args.ticketId);
    const agent = await findAgent(tx, args.agentId);
    if (ticket.status === 'RESOLVED') {
      throw lifecycleErrors.invalidTransition(
        ticket.number,
        ticket.status,
        'resolved again',
        'Reopen it first (reopenTicket) if the resolution must change.',
      );
    }
    const now = ctx.now();
    const resolved = await updateTicket(
      tx,
      ticket.id,
      { status: 'RESOLVED', resolved_at: now, resolution_code: args.resolutionCode },
      now,
    );
    const late = now.getTime() > ticket.slaDueAt.getTime() ? ', after its SLA' : '';
    await recordEvent(tx, {
      kind: 'RESOLVED',
      fromStatus: ticket.status,
      ticket: resolved,
      agentId: agent.id,
      actor: agent.id,
      text: `Resolved by ${agent.name} as ${args.resolutionCode.toLowerCase().replace(/_/g, ' ')}${late}`,
      data: { resolutionCode: args.resolutionCode },
      at: now,
    });
    ctx.changed?.({ resolutionCode: args.resolutionCode });
    return resolved;
  });
}
