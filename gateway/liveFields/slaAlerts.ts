import { liveArgumentError } from '../subscriptions';
import type { LiveFieldBinding } from '../subscriptions';
import { SLA_DEADLINE, stubOf, textFact } from './changeStubs';
import { identifierError } from './liveIdentifiers';

/** The alert windows the tickets clock announces (facts.stage, in minutes; 0 = breached). */
export const SLA_ALERT_WINDOWS = [5, 15, 30, 60, 120, 240] as const;

/** The topic of every team's alerts (a subscription without `team`). */
const EVERY_TEAM = '*';

/**
 * `Subscription.slaAlerts(team, withinMinutes)`: an alert when a deadline comes within the subscriber's window,
 * and the breach (stage 0) for every window.
 */
export const slaAlerts: LiveFieldBinding = {
  field: 'slaAlerts',
  validateArgs(args) {
    const within = args['withinMinutes'];
    if (!(SLA_ALERT_WINDOWS as readonly unknown[]).includes(within)) {
      return liveArgumentError(
        'BAD_USER_INPUT',
        `withinMinutes ${String(within)} is not an alert window. Use one of ${SLA_ALERT_WINDOWS.join(', ')}.`,
      );
    }
    const team = args['team'];
    return team === undefined || team === null ? undefined : identifierError('teamCode', 'team', team);
  },
  topicsOf: (args) => (args['team'] === undefined || args['team'] === null ? [EVERY_TEAM] : [String(args['team'])]),
  topicsOfEvent: (event) => {
    if (event.kind !== SLA_DEADLINE) return [];
    const team = textFact(event, 'team');
    return team === undefined ? [EVERY_TEAM] : [EVERY_TEAM, team];
  },
  accepts: (args, event) => {
    const stage = event.facts?.['stage'];
    return stage === 0 || stage === args['withinMinutes'];
  },
  rootValue: (events, { eventId, resync }) => ({
    eventId,
    resync,
    alerts: events.map((event) => ({
      id: event.id,
      changedAt: event.changedAt,
      deadline: textFact(event, 'deadline'),
      dueAt: textFact(event, 'dueAt'),
      breached: event.facts?.['stage'] === 0,
      team: textFact(event, 'team'),
      ticket: stubOf(event, 'Ticket'),
    })),
  }),
};
