import { checkIdentifier, pageRequest, toConnection } from '../../shared';
import type { CustomerResolvers } from '../__generated__/resolvers-types';
import type { CustomerRow } from '../data/rows';
import { readTimeCursor, timeCursorKey } from '../../shared';
import { mergeTimeline } from '../activity/mergeTimeline';
import type { TimelineSource } from '../activity/mergeTimeline';

/** The largest and default `first` of `timeline`. */
const TIMELINE_PAGE = { defaultSize: 20, arity: 2 } as const;

type RequiredActivity = Pick<CustomerRow, 'orderActivity' | 'shipmentActivity' | 'ticketActivity'>;

/** The `@requires` lists a representation carries (only those it has: plain `{ id }` references carry none). */
function requiredActivity(reference: object): RequiredActivity {
  const activity: RequiredActivity = {};
  if ('orderActivity' in reference)
    activity.orderActivity = reference.orderActivity as RequiredActivity['orderActivity'];
  if ('shipmentActivity' in reference)
    activity.shipmentActivity = reference.shipmentActivity as RequiredActivity['shipmentActivity'];
  if ('ticketActivity' in reference)
    activity.ticketActivity = reference.ticketActivity as RequiredActivity['ticketActivity'];
  return activity;
}

export const Customer: CustomerResolvers = {
  // The gateway resolves `timeline` through `_entities` with the other systems' activity in the representation:
  // keep those lists on the object, the timeline resolver reads them from its parent.
  __resolveReference: async (reference, { loaders }) => {
    const row = await loaders.customerById.load(checkIdentifier('customerId', 'id', reference.id));
    return { ...row, ...requiredActivity(reference) };
  },

  addresses: (customer, _args, { loaders }) => loaders.addressesByCustomerId.load(customer.id),

  notes: async (customer, args, { loaders }) => {
    const { first, after } = pageRequest(args, { defaultSize: 20, arity: 2 });
    const page = await loaders.notePageByCustomerId.load({
      customerId: customer.id,
      limit: first + 1,
      after: readTimeCursor(after),
    });
    return toConnection(page.rows, first, page.totalCount, (row) => timeCursorKey(row.createdAt, row.id));
  },

  timeline: async (customer, args, { loaders }) => {
    const { first, after } = pageRequest(args, TIMELINE_PAGE);
    const cursor = readTimeCursor(after);
    const systems = args.systems ?? null;
    // notes are the only events CRM reads itself; skip the statement when the filter leaves CRM out
    const notes = systems && !systems.includes('CRM') ? [] : await loaders.noteActivityByCustomerId.load(customer.id);
    const sources: TimelineSource[] = [
      { system: 'CRM', events: notes },
      { system: 'ORDERS', events: customer.orderActivity },
      { system: 'LOGISTICS', events: customer.shipmentActivity },
      { system: 'TICKETS', events: customer.ticketActivity },
    ];
    return mergeTimeline(sources, {
      customerId: customer.id,
      order: args.order ?? 'NEWEST_FIRST',
      systems,
      first,
      after: cursor,
    });
  },
};
