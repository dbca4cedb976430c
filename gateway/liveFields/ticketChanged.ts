import type { ChangeEvent } from '../../platform/changeEvents';
import { liveArgumentError } from '../subscriptions';
import type { LiveFieldBinding } from '../subscriptions';
import { keysOf, liveChange, TEAM_QUEUE_CHANGED } from './changeStubs';
import { identifierError } from './liveIdentifiers';

/** `Subscription.ticketChanged(id | number)`: every change naming the ticket, but unattended-list moves. */
export const ticketChanged: LiveFieldBinding = {
  field: 'ticketChanged',
  validateArgs(args) {
    const { id, number } = args;
    if (hasValue(id) === hasValue(number)) {
      return liveArgumentError(
        'BAD_USER_INPUT',
        'ticketChanged takes exactly one of `id` (tkt_1) and `number` (T-100001). Pass one of them, not both.',
      );
    }
    return hasValue(id) ? identifierError('ticketId', 'id', id) : identifierError('ticketNumber', 'number', number);
  },
  topicsOf: (args) => (hasValue(args['id']) ? [`id:${String(args['id'])}`] : [`number:${String(args['number'])}`]),
  topicsOfEvent: (event) =>
    event.kind === TEAM_QUEUE_CHANGED
      ? []
      : [
          ...keysOf(event, 'Ticket', 'id').map((id) => `id:${id}`),
          ...keysOf(event, 'Ticket', 'number').map((number) => `number:${number}`),
        ],
  rootValue: (events, { eventId, resync }, args) => ({
    eventId,
    resync,
    changes: events.map(liveChange),
    ticket: ticketStub(events, args),
  }),
};

/**
 * The ticket as a stub. By `number`, its id comes from the events; a resync by number has none, and answers null
 * (the live subgraph knows tickets by id only).
 */
function ticketStub(events: readonly ChangeEvent[], args: Readonly<Record<string, unknown>>) {
  if (hasValue(args['id'])) return { __typename: 'Ticket', id: String(args['id']) };
  for (const event of events) {
    const ticket = event.entities.find(
      (entity) => entity.typename === 'Ticket' && entity.keys['number'] === args['number'],
    );
    const id = ticket?.keys['id'];
    if (id !== undefined) return { __typename: 'Ticket', id };
  }
  return null;
}

/** An argument left out and one sent as null mean the same: not given. */
function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null;
}
