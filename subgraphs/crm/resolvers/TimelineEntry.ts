import { invariant } from '../../shared';
import type { TimelineEntryResolvers } from '../__generated__/resolvers-types';
import { isChannel, isTimelineEventKind } from '../activity/enumValues';

export const TimelineEntry: TimelineEntryResolvers = {
  kind: (entry) => {
    // every system builds its events against TimelineEventKind; anything else is a bug in that system
    invariant(
      isTimelineEventKind(entry.kind),
      `timeline entry ${entry.id} from ${entry.system} has unknown kind ${JSON.stringify(entry.kind)}`,
    );
    return entry.kind;
  },
  channel: (entry) => {
    if (entry.channel === null) return null;
    invariant(
      isChannel(entry.channel),
      `timeline entry ${entry.id} from ${entry.system} has unknown channel ${JSON.stringify(entry.channel)}`,
    );
    return entry.channel;
  },
  order: (entry) => (entry.orderId ? { id: entry.orderId } : null),
  shipment: (entry) => (entry.shipmentId ? { id: entry.shipmentId } : null),
  ticket: (entry) => (entry.ticketId ? { id: entry.ticketId } : null),
};
