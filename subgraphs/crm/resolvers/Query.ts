import { checkIdentifier, normalizePhone, pageRequest, toConnection } from '../../shared';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { readTimeCursor, timeCursorKey } from '../../shared';

export const Query: QueryResolvers = {
  customer: (_parent, { id }, { loaders }) => loaders.customerById.load(checkIdentifier('customerId', 'id', id)),

  customerByEmail: (_parent, { email }, { loaders }) => {
    const trimmed = checkIdentifier('email', 'email', email.trim());
    // e-mail addresses are matched case-insensitively (the unique index is on lower(email))
    return loaders.customerByEmail.load(trimmed.toLowerCase());
  },

  customerByPhone: (_parent, { phone }, { loaders }) =>
    loaders.customerByPhone.load(checkIdentifier('phone', 'phone', normalizePhone(phone))),

  customers: async (_parent, args, { loaders }) => {
    const { first, after } = pageRequest(args, { defaultSize: 20, arity: 2 });
    const [rows, total] = await Promise.all([
      loaders.customerPage.load({ limit: first + 1, after: readTimeCursor(after) }),
      loaders.customerCount.load('all'),
    ]);
    return toConnection(rows, first, total, (row) => timeCursorKey(row.createdAt, row.id));
  },
};
