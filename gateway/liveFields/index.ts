// The product's live fields (schema/live.graphql): what each Subscription field takes from the change feed.
import type { LiveFieldBinding } from '../subscriptions';
import { customerChanged } from './customerChanged';
import { slaAlerts } from './slaAlerts';
import { teamQueue } from './teamQueue';
import { ticketChanged } from './ticketChanged';

export { customerChanged, slaAlerts, teamQueue, ticketChanged };
export { SLA_ALERT_WINDOWS } from './slaAlerts';
export { LIVE_IDENTIFIERS } from './liveIdentifiers';

/** Every binding, for createGateway's `live.fields`. */
export const LIVE_FIELDS: readonly LiveFieldBinding[] = [customerChanged, ticketChanged, teamQueue, slaAlerts];
