import type { KnownPiiHooks } from '../../shared/pii';
import type { KnownPii } from '../../shared/pii/freeTextMasking';
import type { TicketsContext } from '../context';
import type { HandoffRow, MessageRow, TicketEventRow, TicketRow } from './rows';

async function ofTicket(ticketId: string, { loaders }: TicketsContext): Promise<KnownPii> {
  const ticket = await loaders.ticketById.load(ticketId);
  return loaders.knownPiiByCustomerId.load(ticket.customerId);
}

/**
 * Whose values to look for in each type's `@pii(kind: FREE_TEXT)` texts: the customer of the ticket. A message,
 * hand-off or history entry reaches its customer through its ticket (one batched load per request).
 */
export const ticketsKnownPii: KnownPiiHooks<TicketsContext> = {
  Ticket: (ticket: TicketRow, { loaders }: TicketsContext) => loaders.knownPiiByCustomerId.load(ticket.customerId),
  TicketMessage: (message: MessageRow, context: TicketsContext) => ofTicket(message.ticketId, context),
  Handoff: (handoff: HandoffRow, context: TicketsContext) => ofTicket(handoff.ticketId, context),
  TicketEvent: (event: TicketEventRow, context: TicketsContext) => ofTicket(event.ticketId, context),
};
