import { checkIdentifier, trimUpperCase } from '../../shared';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  // the loaders reject with NOT_FOUND for an unknown id or number
  ticket(_parent, { id }, { loaders }) {
    return loaders.ticketById.load(checkIdentifier('ticketId', 'id', id));
  },
  ticketByNumber(_parent, { number }, { loaders }) {
    return loaders.ticketByNumber.load(checkIdentifier('ticketNumber', 'number', number, trimUpperCase));
  },
  teams(_parent, _args, { loaders }) {
    return loaders.allTeams();
  },
  routingRules(_parent, _args, { loaders }) {
    return loaders.routingRules();
  },
  slaPolicies(_parent, _args, { loaders }) {
    return loaders.slaPolicies();
  },
};
