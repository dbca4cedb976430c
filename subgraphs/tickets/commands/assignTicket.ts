import type { TicketRow } from '../data/rows';
import type { CommandContext } from './commandContext';
import { runCommand } from './idempotentCommand';
import { lifecycleErrors } from './lifecycleErrors';
import { ACTIVE_STATUSES } from './rules';
import { findAgent, lockTicket, recordEvent, teamName, updateTicket } from '../data/ticketStore';

/**
 * Assigns the ticket to an agent of the owning team. "Take" is the same command with the agent's own id: the
 * event's actor is the assignee either way (who pressed the button is the client's concern).
 */
export async function assignTicket(
  ctx: CommandContext,
  args: { ticketId: string; agentId: string; idempotencyKey?: string | null },
): Promise<TicketRow> {
  const request = { ticketId: args.ticketId, agentId: args.agentId };
  return runCommand(ctx, { command: 'assignTicket', idempotencyKey: args.idempotencyKey, request }, async (tx) => {
    const ticket = await lockTicket(tx, args.ticketId);
    const agent = await findAgent(tx, args.agentId);
    if (!ACTIVE_STATUSES.has(ticket.status)) {
      throw lifecycleErrors.invalidTransition(
        ticket.number,
        ticket.status,
        'assigned',
        'Reopen it first (reopenTicket) if there is more to do.',
      );
    }
    if (agent.teamCode !== ticket.teamCode) {
      throw lifecycleErrors.agentNotInTeam(
        agent.id,
        await teamName(tx, agent.teamCode),
        await teamName(tx, ticket.teamCode),
        `only the owning team's agents work on ticket ${ticket.number} (transfer it to move it to another team)`,
      );
    }
    // already theirs: nothing changes, so nothing is recorded
    if (ticket.assigneeId === agent.id) return ticket;
    const now = ctx.now();
    const assigned = await updateTicket(tx, ticket.id, { assignee_id: agent.id }, now);
    await recordEvent(tx, {
      kind: 'ASSIGNED',
      fromStatus: ticket.status,
      ticket: assigned,
      agentId: agent.id,
      actor: agent.id,
      text: ticket.assigneeId ? `Reassigned to ${agent.name} (was ${ticket.assigneeId})` : `Assigned to ${agent.name}`,
      data: { assigneeId: agent.id, previousAssigneeId: ticket.assigneeId },
      at: now,
    });
    ctx.changed?.({ agentId: agent.id });
    return assigned;
  });
}
