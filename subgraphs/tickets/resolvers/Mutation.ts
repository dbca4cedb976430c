import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { TicketsContext } from '../context';
import * as lifecycle from '../commands';
import { actedBy, actingAs } from '../commands/actingAs';
import { checkActingAgent } from '../commands/actingAgent';
import type { CommandContext } from '../commands/commandContext';
import { ticketTags } from '../commands/ticketTags';
import type { TicketRow } from '../data/rows';

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
 * mutation answers, the gateways' entity caches drop what showed the ticket, so no read after this answer sees it
 * as it was.
 */
async function run(
  context: TicketsContext,
  actingAgentId: string | null | undefined,
  change: (command: CommandContext) => Promise<TicketRow>,
): Promise<TicketRow> {
  checkActingAgent(context.caller, actingAgentId);
  const ticket = await change(command(context));
  await context.invalidation?.invalidate(ticketTags(ticket));
  return ticket;
}

// The returned row is read inside each command's transaction, after the change.
export const Mutation: MutationResolvers = {
  openTicket(_parent, { input }, context) {
    return run(context, undefined, (command) => lifecycle.openTicket(command, input));
  },
  addMessage(_parent, { input }, context) {
    return run(context, input.agentId, (command) => lifecycle.addMessage(command, input));
  },
  // the agent named here is the assignee, not the one acting: any agent may give a ticket to a colleague
  assignTicket(_parent, args, context) {
    return run(context, undefined, (command) => lifecycle.assignTicket(command, args));
  },
  transferTicket(_parent, args, context) {
    return run(context, args.agentId, (command) => lifecycle.transferTicket(command, args));
  },
  consultTeam(_parent, args, context) {
    return run(context, args.agentId, (command) => lifecycle.consultTeam(command, args));
  },
  answerConsultation(_parent, args, context) {
    return run(context, args.agentId, (command) => lifecycle.answerConsultation(command, args));
  },
  resolveTicket(_parent, args, context) {
    return run(context, args.agentId, (command) => lifecycle.resolveTicket(command, args));
  },
  reopenTicket(_parent, args, context) {
    return run(context, args.agentId, (command) => lifecycle.reopenTicket(command, args));
  },
};
