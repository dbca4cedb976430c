import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { TicketsContext } from '../context';
import * as lifecycle from '../lifecycle';
import { actingAs } from '../lifecycle/actingAs';
import { checkActingAgent } from '../lifecycle/actingAgent';
import type { CommandContext } from '../lifecycle/commandContext';
import { ticketTags } from '../lifecycle/ticketTags';
import type { TicketRow } from '../data/rows';

/** Each command's transaction records the verified caller as the acting user (ticket_events.acted_by). */
const command = ({ db, now, caller }: TicketsContext): CommandContext => ({ db: actingAs(db, caller), now });

/**
 * After the command's transaction committed, and before the mutation answers: the gateways' entity caches drop
 * what showed the ticket, so no read after this answer sees it as it was.
 */
async function invalidated(context: TicketsContext, change: Promise<TicketRow>): Promise<TicketRow> {
  const ticket = await change;
  await context.invalidation?.invalidate(ticketTags(ticket));
  return ticket;
}

// Each mutation is one lifecycle command (one transaction); the returned row is read inside it, after the change.
export const Mutation: MutationResolvers = {
  openTicket(_parent, { input }, context) {
    return invalidated(context, lifecycle.openTicket(command(context), input));
  },
  addMessage(_parent, { input }, context) {
    checkActingAgent(context.caller, input.agentId);
    return invalidated(context, lifecycle.addMessage(command(context), input));
  },
  // the agent named here is the assignee, not the one acting: any agent may give a ticket to a colleague
  assignTicket(_parent, args, context) {
    return invalidated(context, lifecycle.assignTicket(command(context), args));
  },
  transferTicket(_parent, args, context) {
    checkActingAgent(context.caller, args.agentId);
    return invalidated(context, lifecycle.transferTicket(command(context), args));
  },
  consultTeam(_parent, args, context) {
    checkActingAgent(context.caller, args.agentId);
    return invalidated(context, lifecycle.consultTeam(command(context), args));
  },
  answerConsultation(_parent, args, context) {
    checkActingAgent(context.caller, args.agentId);
    return invalidated(context, lifecycle.answerConsultation(command(context), args));
  },
  resolveTicket(_parent, args, context) {
    checkActingAgent(context.caller, args.agentId);
    return invalidated(context, lifecycle.resolveTicket(command(context), args));
  },
  reopenTicket(_parent, args, context) {
    checkActingAgent(context.caller, args.agentId);
    return invalidated(context, lifecycle.reopenTicket(command(context), args));
  },
};
