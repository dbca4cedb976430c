import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { TicketsContext } from '../context';
import * as lifecycle from '../lifecycle';
import { actingAs } from '../lifecycle/actingAs';
import { checkActingAgent } from '../lifecycle/actingAgent';
import type { CommandContext } from '../lifecycle/commandContext';

/** Each command's transaction records the verified caller as the acting user (ticket_events.acted_by). */
const command = ({ db, now, caller }: TicketsContext): CommandContext => ({ db: actingAs(db, caller), now });

// Each mutation is one lifecycle command (one transaction); the returned row is read inside it, after the change.
export const Mutation: MutationResolvers = {
  openTicket(_parent, { input }, context) {
    return lifecycle.openTicket(command(context), input);
  },
  addMessage(_parent, { input }, context) {
    checkActingAgent(context.caller, input.agentId);
    return lifecycle.addMessage(command(context), input);
  },
  // the agent named here is the assignee, not the one acting: any agent may give a ticket to a colleague
  assignTicket(_parent, args, context) {
    return lifecycle.assignTicket(command(context), args);
  },
  transferTicket(_parent, args, context) {
    checkActingAgent(context.caller, args.agentId);
    return lifecycle.transferTicket(command(context), args);
  },
  consultTeam(_parent, args, context) {
    checkActingAgent(context.caller, args.agentId);
    return lifecycle.consultTeam(command(context), args);
  },
  answerConsultation(_parent, args, context) {
    checkActingAgent(context.caller, args.agentId);
    return lifecycle.answerConsultation(command(context), args);
  },
  resolveTicket(_parent, args, context) {
    checkActingAgent(context.caller, args.agentId);
    return lifecycle.resolveTicket(command(context), args);
  },
  reopenTicket(_parent, args, context) {
    checkActingAgent(context.caller, args.agentId);
    return lifecycle.reopenTicket(command(context), args);
  },
};
