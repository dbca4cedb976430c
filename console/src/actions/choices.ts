import type { Channel, ResolutionCode } from '../../../operations/__generated__/graphql';

/** The API's enums as lists for the selects (generated types are unions; a select needs the values). */
export const CHANNELS: readonly Channel[] = ['EMAIL', 'CHAT', 'PHONE', 'SOCIAL', 'WEB_FORM'];

export const RESOLUTION_CODES: readonly ResolutionCode[] = [
  'ANSWERED',
  'REFUNDED',
  'REPLACED',
  'NO_FAULT_FOUND',
  'DUPLICATE',
];

/** The reply's channel: the one the ticket came in on, else e-mail (every customer has an address). */
export function replyChannel(ticketChannel: string | null | undefined): Channel {
  return CHANNELS.find((channel) => channel === ticketChannel) ?? 'EMAIL';
}
