import { pageRequest, toConnection } from '../../shared';
import type { CustomerResolvers } from '../__generated__/resolvers-types';
import { hasScope } from '../../../platform/caller';
import { maskFreeText } from '../../shared/pii/freeTextMasking';
import { readTimeCursor, timeCursorKey } from '../../shared';

export const Customer: CustomerResolvers = {
  // crm owns customers; a reference is all this subgraph needs to list their tickets
  __resolveReference(reference) {
    return { id: reference.id };
  },
  async tickets(customer, args, { loaders }) {
    const { first, after } = pageRequest(args, { defaultSize: 10, arity: 2 });
    // an empty status list reads as "no filter": that is what a client sends when no status box is ticked
    const statuses = args.status && args.status.length > 0 ? [...new Set(args.status)].sort() : null;
    const filter = { customerId: customer.id, statuses };
    const page = await loaders.ticketsByCustomerId.load({ ...filter, limit: first + 1, after: readTimeCursor(after) });
    return toConnection(page.rows, first, page.totalCount, (row) => timeCursorKey(row.createdAt, row.id));
  },
  async ticketActivity(customer, _args, { loaders, caller }) {
    const events = await loaders.activityByCustomerId.load(customer.id);
    if (hasScope(caller, 'pii:read')) return events;
    // the summaries quote subjects, messages and reasons: crm masks its timeline again, but the gateway's cache
    // keeps this answer too, and for such a caller it must never hold the clear text
    const known = await loaders.knownPiiByCustomerId.load(customer.id);
    return events.map((event) => ({ ...event, summary: maskFreeText(event.summary, known) }));
  },
};
