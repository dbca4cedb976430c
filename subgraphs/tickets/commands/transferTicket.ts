import type { TicketRow } from '../data/rows';
import type { CommandContext } from './commandContext';
import { REASON_MAX, requiredText } from './input';
import { runCommand } from './idempotentCommand';
import { lifecycleErrors } from './lifecycleErrors';
import { ACTIVE_STATUSES } from './rules';
import {
  findAgent,
  findTeam,
  insertHandoff,
  lockTicket,
  recordEvent,
  teamName,
  updateTicket,
} from '../data/ticketStore';

/**
 * Moves the ticket (the same row, so its whole conversation and history come along) to another team, records the
 * hand-off and clears the assignee: the new team decides who takes it. Any agent may transfer (a triage team has
 * to be able to pass tickets on); the agent is recorded on the hand-off.
 */
export async function transferTicket(
  ctx: CommandContext,
  args: { ticketId: string; toTeam: string; reason: string; agentId: string; idempotencyKey?: string | null },
): Promise<TicketRow> {
  const reason = requiredText('reason', args.reason, REASON_MAX);
  const request = { ticketId: args.ticketId, toTeam: args.toTeam.trim(), reason, agentId: args.agentId };
  return runCommand(ctx, { command: 'transferTicket', idempotencyKey: args.idempotencyKey, request }, async (tx) => {
    const ticket = await lockTicket(tx, args.ticketId);
    const agent = await findAgent(tx, args.agentId);
    const to = await findTeam(tx, args.toTeam, 'toTeam');
    const fromName = await teamName(tx, ticket.teamCode);
    if (!ACTIVE_STATUSES.has(ticket.status)) {
      throw lifecycleErrors.invalidTransition(
        ticket.number,
        ticket.status,
        'transferred',
        'Reopen it first (reopenTicket) if another team must work on it.',
      );
    }
    if (to.code === ticket.teamCode) throw lifecycleErrors.sameTeam(ticket.number, fromName, 'transferred to');
    const now = ctx.now();
    const moved = await updateTicket(tx, ticket.id, { team_code: to.code, assignee_id: null }, now);
    const handoffId = await insertHandoff(tx, {
      ticketId: ticket.id,
      kind: 'TRANSFER',
      fromTeamCode: ticket.teamCode,
      toTeamCode: to.code,
      reason,
      byAgentId: agent.id,
      at: now,
    });
    await recordEvent(tx, {
      kind: 'TRANSFERRED',
      fromStatus: ticket.status,
      ticket: moved,
      agentId: agent.id,
      actor: agent.id,
      text: `Transferred from ${fromName} to ${to.name} by ${agent.name}: ${reason}`,
      data: { handoffId, fromTeam: ticket.teamCode, toTeam: to.code, previousAssigneeId: ticket.assigneeId },
      at: now,
    });
    ctx.changed?.({ fromTeam: ticket.teamCode, toTeam: to.code });
    return moved;
  });
}
