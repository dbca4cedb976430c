import type { TicketEventResolvers } from '../__generated__/resolvers-types';

export const TicketEvent: TicketEventResolvers = {
  team(event, _args, { loaders }) {
    return loaders.teamByCode.load(event.teamCode);
  },
  agent(event, _args, { loaders }) {
    return event.agentId ? loaders.agentById.load(event.agentId) : null;
  },
  details(event) {
    return event.text;
  },
};
