import type { HandoffResolvers } from '../__generated__/resolvers-types';

export const Handoff: HandoffResolvers = {
  fromTeam(handoff, _args, { loaders }) {
    return loaders.teamByCode.load(handoff.fromTeamCode);
  },
  toTeam(handoff, _args, { loaders }) {
    return loaders.teamByCode.load(handoff.toTeamCode);
  },
  by(handoff, _args, { loaders }) {
    return handoff.byAgentId ? loaders.agentById.load(handoff.byAgentId) : null;
  },
};
