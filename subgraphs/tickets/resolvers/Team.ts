import type { TeamResolvers } from '../__generated__/resolvers-types';

export const Team: TeamResolvers = {
  agents(team, _args, { loaders }) {
    return loaders.agentsByTeamCode.load(team.code);
  },
};
