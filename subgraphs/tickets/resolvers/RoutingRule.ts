import type { RoutingRuleResolvers } from '../__generated__/resolvers-types';

export const RoutingRule: RoutingRuleResolvers = {
  team(rule, _args, { loaders }) {
    return loaders.teamByCode.load(rule.teamCode);
  },
};
