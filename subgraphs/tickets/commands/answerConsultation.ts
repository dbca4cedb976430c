import type { TicketRow } from '../data/rows';
import type { CommandContext } from './commandContext';
import { BODY_MAX, requiredText } from './input';
import { runCommand } from './idempotentCommand';
import { lifecycleErrors } from './lifecycleErrors';
import {
  findAgent,
  findTeam,
  hasOpenConsultation,
  insertMessage,
  lockTicket,
  recordEvent,
  teamName,
  updateTicket,
} from '../data/ticketStore';

/** The consulted team answers in its side-thread: an internal message tagged with the team. */
export async function answerConsultation(
  ctx: CommandContext,
  args: { ticketId: string; team: string; body: string; agentId: string; idempotencyKey?: string | null },
): Promise<TicketRow> {
  const body = requiredText('body', args.body, BODY_MAX);
  const request = { ticketId: args.ticketId, team: args.team.trim(), body, agentId: args.agentId };
  return runCommand(
    ctx,
    { command: 'answerConsultation', idempotencyKey: args.idempotencyKey, request },
    async (tx) => {
      const ticket = await lockTicket(tx, args.ticketId);
      const agent = await findAgent(tx, args.agentId);
      const team = await findTeam(tx, args.team, 'team');
      if (agent.teamCode !== team.code) {
        throw lifecycleErrors.agentNotInTeam(
          agent.id,
          await teamName(tx, agent.teamCode),
          team.name,
          `only the consulted team answers its consultation`,
        );
      }
      if (!(await hasOpenConsultation(tx, ticket.id, team.code))) {
        throw lifecycleErrors.noOpenConsultation(ticket.number, team.name);
      }
      const now = ctx.now();
      const unchanged = await updateTicket(tx, ticket.id, {}, now);
      const messageId = await insertMessage(tx, {
        ticketId: ticket.id,
        channel: null,
        direction: 'INTERNAL',
        author: agent.name,
        agentId: agent.id,
        consultedTeamCode: team.code,
        body,
        sentAt: now,
      });
      await recordEvent(tx, {
        kind: 'CONSULT_ANSWERED',
        fromStatus: ticket.status,
        ticket: unchanged,
        agentId: agent.id,
        actor: agent.id,
        text: `${team.name} (${agent.name}) answered the consultation`,
        data: { messageId, consultedTeam: team.code },
        at: now,
      });
      ctx.changed?.({ consultedTeam: team.code });
      return unchanged;
    },
  );
}
