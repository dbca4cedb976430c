import type { Channel, TimelineEventKind } from '../__generated__/resolvers-types';

// Records rather than arrays so that a value added to the SDL fails to compile here until it is listed.
const TIMELINE_EVENT_KINDS: Record<TimelineEventKind, true> = {
  NOTE_ADDED: true,
  ORDER_PLACED: true,
  ORDER_PAID: true,
  ORDER_CANCELLED: true,
  ORDER_REFUNDED: true,
  SHIPMENT_EVENT: true,
  TICKET_OPENED: true,
  TICKET_MESSAGE: true,
  TICKET_HANDOFF: true,
  TICKET_RESOLVED: true,
};

const CHANNELS: Record<Channel, true> = { CHAT: true, EMAIL: true, PHONE: true, SOCIAL: true, WEB_FORM: true };

export function isTimelineEventKind(value: string): value is TimelineEventKind {
  return Object.hasOwn(TIMELINE_EVENT_KINDS, value);
}

export function isChannel(value: string): value is Channel {
  return Object.hasOwn(CHANNELS, value);
}
