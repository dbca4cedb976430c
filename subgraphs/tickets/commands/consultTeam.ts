import type { TicketRow } from '../data/rows';
import type { CommandContext } from './commandContext';
import { BODY_MAX, requiredText } from './input';
import { runCommand } from './idempotentCommand';
import { lifecycleErrors } from './lifecycleErrors';
import { ACTIVE_STATUSES } from './rules';
import {
  findAgent,
  findTeam,
  insertHandoff,
  insertMessage,
  lockTicket,
  recordEvent,
  teamName,
  updateTicket,
} from '../data/ticketStore';

/**
 * Asks another team for help inside the ticket: a CONSULT hand-off (the question is its reason) and the question
 * as an internal message in that team's side-thread. The owner and the assignee stay as they are.
 */
export async function consultTeam(
  ctx: CommandContext,
  args: { ticketId: string; team: string; question: string; agentId: string; idempotencyKey?: string | null },
): Promise<TicketRow> {
  const question = requiredText('question', args.question, BODY_MAX);
  const request = { ticketId: args.ticketId, team: args.team.trim(), question, agentId: args.agentId };
  return runCommand(ctx, { command: 'consultTeam', idempotencyKey: args.idempotencyKey, request }, async (tx) => {
    const ticket = await lockTicket(tx, args.ticketId);
    const agent = await findAgent(tx, args.agentId);
    const team = await findTeam(tx, args.team, 'team');
    if (!ACTIVE_STATUSES.has(ticket.status)) {
      throw lifecycleErrors.invalidTransition(
        ticket.number,
        ticket.status,
        'consulted on',
        'Reopen it first (reopenTicket) if there is more to find out.',
      );
    }
    const ownerName = await teamName(tx, ticket.teamCode);
    if (team.code === ticket.teamCode) throw lifecycleErrors.sameTeam(ticket.number, ownerName, 'consulted about');
    const now = ctx.now();
    const unchanged = await updateTicket(tx, ticket.id, {}, now);
    const handoffId = await insertHandoff(tx, {
      ticketId: ticket.id,
      kind: 'CONSULT',
      fromTeamCode: ticket.teamCode,
      toTeamCode: team.code,
      reason: question,
      byAgentId: agent.id,
      at: now,
    });
    const messageId = await insertMessage(tx, {
      ticketId: ticket.id,
      channel: null,
      direction: 'INTERNAL',
      author: agent.name,
      agentId: agent.id,
      consultedTeamCode: team.code,
      body: question,
      sentAt: now,
    });
    await recordEvent(tx, {
      kind: 'CONSULTED',
      fromStatus: ticket.status,
      ticket: unchanged,
      agentId: agent.id,
      actor: agent.id,
      text: `${ownerName} (${agent.name}) consulted ${team.name}: ${question}`,
      data: { handoffId, messageId, consultedTeam: team.code },
      at: now,
    });
    ctx.changed?.({ consultedTeam: team.code });
    return unchanged;
  });
}
