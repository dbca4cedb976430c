import type { AgentResolvers } from '../__generated__/resolvers-types';

export const Agent: AgentResolvers = {
  team(agent, _args, { loaders }) {
    return loaders.teamByCode.load(agent.teamCode);
  },
};
