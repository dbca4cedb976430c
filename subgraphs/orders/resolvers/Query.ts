import { checkIdentifier, trimUpperCase } from '../../shared';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  order: (_parent, { id }, { loaders }) => loaders.orderById.load(checkIdentifier('orderId', 'id', id)),
  orderByNumber: (_parent, { number }, { loaders }) =>
    // numbers are read off a confirmation e-mail or typed by hand: tolerate stray spaces and lower case
    loaders.orderByNumber.load(checkIdentifier('orderNumber', 'number', number, trimUpperCase)),
};
