import { checkIdentifier, normalizePhone, pageRequest, toConnection, trim } from '../../shared';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { auditedLookup } from '../commands/auditedLookup';
import { readTimeCursor, timeCursorKey } from '../../shared';

export const Query: QueryResolvers = {
  customer: (_parent, { id }, { loaders }) => loaders.customerById.load(checkIdentifier('customerId', 'id', id)),

  customerByEmail: (_parent, { email }, context) => {
    // e-mail addresses are matched case-insensitively (the unique index is on lower(email))
    const key = checkIdentifier('email', 'email', email, trim).toLowerCase();
    return auditedLookup(context, 'EMAIL', key, () => context.loaders.customerByEmail.load(key));
  },

  customerByPhone: (_parent, { phone }, context) => {
    const key = checkIdentifier('phone', 'phone', phone, normalizePhone);
    return auditedLookup(context, 'PHONE', key, () => context.loaders.customerByPhone.load(key));
  },

  customers: async (_parent, args, { loaders }) => {
    const { first, after } = pageRequest(args, { defaultSize: 20, arity: 2 });
    const [rows, total] = await Promise.all([
      loaders.customerPage.load({ limit: first + 1, after: readTimeCursor(after) }),
      loaders.customerCount.load('all'),
    ]);
    return toConnection(rows, first, total, (row) => timeCursorKey(row.createdAt, row.id));
  },
};
