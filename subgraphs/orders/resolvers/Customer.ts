import { checkIdentifier, money, pageRequest, toConnection } from '../../shared';
import type { CustomerResolvers } from '../__generated__/resolvers-types';
import { readTimeCursor, timeCursorKey } from '../../shared';

export const Customer: CustomerResolvers = {
  // CRM owns customers; this system only knows their ids, so any well-formed id is a customer (possibly one
  // without orders). Checking the shape keeps a malformed id out of SQL; async so a malformed id fails only its
  // own entity, not the whole `_entities` list.
  __resolveReference: async (reference) => ({ id: checkIdentifier('customerId', 'id', reference.id) }),

  orders: async (customer, args, { loaders }) => {
    const { first, after } = pageRequest(args, { defaultSize: 10, arity: 2 });
    const page = await loaders.ordersByCustomerId.load({
      customerId: customer.id,
      limit: first + 1,
      after: readTimeCursor(after),
    });
    return toConnection(page.rows, first, page.totalCount, (row) => timeCursorKey(row.placedAt, row.id));
  },

  // Captured payments minus refunds per currency, over the customer's non-cancelled orders; [] without orders.
  lifetimeValue: async (customer, _args, { loaders }) =>
    (await loaders.figuresByCustomerId.load(customer.id)).lifetimeValue.map((row) =>
      money(row.minorUnits, row.currency),
    ),

  orderCount: async (customer, _args, { loaders }) => (await loaders.figuresByCustomerId.load(customer.id)).orderCount,

  orderActivity: (customer, _args, { loaders }) => loaders.activityByCustomerId.load(customer.id),
};
