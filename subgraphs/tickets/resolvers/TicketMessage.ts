import type { TicketMessageResolvers } from '../__generated__/resolvers-types';

export const TicketMessage: TicketMessageResolvers = {
  agent(message, _args, { loaders }) {
    return message.agentId ? loaders.agentById.load(message.agentId) : null;
  },
  consultedTeam(message, _args, { loaders }) {
    return message.consultedTeamCode ? loaders.teamByCode.load(message.consultedTeamCode) : null;
  },
};
