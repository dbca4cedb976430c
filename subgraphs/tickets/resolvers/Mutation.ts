import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { TicketsContext } from '../context';
import * as lifecycle from '../commands';
import { actedBy, actingAs } from '../commands/actingAs';
import { checkActingAgent } from '../commands/actingAgent';
import type { CommandContext } from '../commands/commandContext';
import { ticketChange } from '../commands/ticketChange';
import type { TicketChangeFacts, TicketChangeKind } from '../commands/ticketChange';
import type { TicketRow } from '../data/rows';
import { refreshQueue } from '../jobs/refreshQueue';

/**
 * Each command's transaction records the verified caller as the acting user (ticket_events.acted_by), and the
 * caller's idempotency keys are theirs alone.
 */
const command = ({ db, now, caller }: TicketsContext): CommandContext => ({
  db: actingAs(db, caller),
  now,
  caller: caller ? actedBy(caller) : '',
});

/**
 * Runs one lifecycle command (one transaction) as the verified caller. `actingAgentId`, when the mutation names the
 * agent acting, must be the caller if the caller is an agent. After the transaction committed, and before the
 * mutation answers, the change is announced as `kind` with the facts the command reported: the gateways' entity
 * caches drop what showed the ticket (so no read after this answer sees it as it was), then live subscriptions
 * hear of it. A command that changed nothing (an idempotent replay) announces nothing.
 */
async function run(
  context: TicketsContext,
  kind: TicketChangeKind,
  actingAgentId: string | null | undefined,
  change: (command: CommandContext) => Promise<TicketRow>,
): Promise<TicketRow> {
  checkActingAgent(context.caller, actingAgentId);
  const reported: { facts?: TicketChangeFacts } = {};
  const ticket = await change({ ...command(context), changed: (facts) => (reported.facts = facts) });
  if (reported.facts) await context.invalidation?.announce(ticketChange(kind, ticket, reported.facts));
  if (reported.facts) await refreshTicketQueue(context, ticket.id);
  return ticket;
}

/**
 * A write that takes, answers, transfers or resolves a ticket moves it in or out of a team queue: announced at once
 * (TEAM_QUEUE_CHANGED), not at the clock's next tick. The write has committed, so a failed refresh must not fail the
 * mutation: it rolled back, and the clock's next tick announces the same change.
 */
async function refreshTicketQueue(context: TicketsContext, ticketId: string): Promise<void> {
  const invalidation = context.invalidation;
  if (!invalidation) return;
  await refreshQueue(context.db, context.now(), [ticketId], (change) => invalidation.announce(change)).catch(
    () => undefined,
  );
}

// The returned row is read inside each command's transaction, after the change.
export const Mutation: MutationResolvers = {
  openTicket(_parent, { input }, context) {
    return run(context, 'TICKET_OPENED', undefined, (command) => lifecycle.openTicket(command, input));
  },
  addMessage(_parent, { input }, context) {
    return run(context, 'TICKET_MESSAGE_ADDED', input.agentId, (command) => lifecycle.addMessage(command, input));
  },
  // the agent named here is the assignee, not the one acting: any agent may give a ticket to a colleague
  assignTicket(_parent, args, context) {
    return run(context, 'TICKET_ASSIGNED', undefined, (command) => lifecycle.assignTicket(command, args));
  },
  transferTicket(_parent, args, context) {
    return run(context, 'TICKET_TRANSFERRED', args.agentId, (command) => lifecycle.transferTicket(command, args));
  },
  consultTeam(_parent, args, context) {
    return run(context, 'TICKET_CONSULTED', args.agentId, (command) => lifecycle.consultTeam(command, args));
  },
  answerConsultation(_parent, args, context) {
    return run(context, 'CONSULTATION_ANSWERED', args.agentId, (command) =>
      lifecycle.answerConsultation(command, args),
    );
  },
  resolveTicket(_parent, args, context) {
    return run(context, 'TICKET_RESOLVED', args.agentId, (command) => lifecycle.resolveTicket(command, args));
  },
  reopenTicket(_parent, args, context) {
    return run(context, 'TICKET_REOPENED', args.agentId, (command) => lifecycle.reopenTicket(command, args));
  },
};
