import type { LiveFieldBinding } from '../subscriptions';
import { stubOf, TEAM_QUEUE_CHANGED, textFact } from './changeStubs';
import { identifierError } from './liveIdentifiers';

/** `Subscription.teamQueue(team)`: the team's unattended list as tickets enter it, leave it or change in it. */
export const teamQueue: LiveFieldBinding = {
  field: 'teamQueue',
  validateArgs: (args) => identifierError('teamCode', 'team', args['team']),
  topicsOf: (args) => [String(args['team'])],
  topicsOfEvent: (event) => {
    const team = event.kind === TEAM_QUEUE_CHANGED ? textFact(event, 'team') : undefined;
    return team === undefined ? [] : [team];
  },
  rootValue: (events, { eventId, resync }, args) => ({
    eventId,
    resync,
    team: String(args['team']),
    changes: events.map((event) => {
      const reasons = event.facts?.['reasons'];
      return {
        id: event.id,
        changedAt: event.changedAt,
        change: textFact(event, 'change'),
        reasons: Array.isArray(reasons) ? reasons : [],
        ticket: stubOf(event, 'Ticket'),
      };
    }),
  }),
};
