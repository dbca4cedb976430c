import type { LiveFieldBinding } from '../subscriptions';
import { keysOf, liveChange, TEAM_QUEUE_CHANGED } from './changeStubs';
import { identifierError } from './liveIdentifiers';

/**
 * `Subscription.customerChanged(id)`: every change naming the customer, but the unattended-list moves (a team's
 * concern, announced beside the ticket change that caused them, which the customer already gets).
 */
export const customerChanged: LiveFieldBinding = {
  field: 'customerChanged',
  validateArgs: (args) => identifierError('customerId', 'id', args['id']),
  topicsOf: (args) => [String(args['id'])],
  topicsOfEvent: (event) => (event.kind === TEAM_QUEUE_CHANGED ? [] : keysOf(event, 'Customer', 'id')),
  rootValue: (events, { eventId, resync }, args) => ({
    eventId,
    resync,
    changes: events.map(liveChange),
    customer: { __typename: 'Customer', id: String(args['id']) },
  }),
};
