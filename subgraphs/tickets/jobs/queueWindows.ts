import type { QueueWindows } from '../data/queueStateRepository';

/**
 * The windows the team queue is watched with: the defaults of `Query.unattendedTickets` (schema/tickets.graphql),
 * so a TEAM_QUEUE_CHANGED event and the list a console shows without arguments always agree. A unit test checks
 * them against the SDL.
 */
export const QUEUE_WINDOWS: QueueWindows = { dueWithinMinutes: 60, consultWaitingMinutes: 120 };
