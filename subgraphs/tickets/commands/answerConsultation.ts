import type { Queryable } from '../../shared';
import type { TicketRow } from '../data/rows';
import type { CommandContext } from './commandContext';
import { BODY_MAX, requiredText } from './input';
import { runCommand } from './idempotentCommand';
import { lifecycleErrors } from './lifecycleErrors';
import {
  findAgent,
  findTeam,
  insertMessage,
  lockTicket,
  recordEvent,
  teamName,
  updateTicket,
} from '../data/ticketStore';

/**
 * Whether `teamCode` has an open consultation on the ticket: it was consulted (a CONSULT hand-off), and no agent
 * of that team has written an internal message in the ticket since the latest one. Derived from the rows that
 * exist anyway, so seeded tickets and new ones follow the same rule (and `unattendedTickets` uses the same one).
 */
export async function hasOpenConsultation(tx: Queryable, ticketId: string, teamCode: string): Promise<boolean> {
  const [row] = await tx.query<{ open: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM tickets.handoffs h
        WHERE h.ticket_id = $1 AND h.kind = 'CONSULT' AND h.to_team_code = $2
          AND h.at = (SELECT max(at) FROM tickets.handoffs
                       WHERE ticket_id = $1 AND kind = 'CONSULT' AND to_team_code = $2)
          AND NOT EXISTS (
                SELECT 1 FROM tickets.messages m JOIN tickets.agents a ON a.id = m.agent_id
                 WHERE m.ticket_id = $1 AND m.direction = 'INTERNAL' AND a.team_code = $2 AND m.sent_at >= h.at)
     ) AS open`,
    [ticketId, teamCode],
  );
  return row?.open === true;
}

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
      return unchanged;
    },
  );
}
