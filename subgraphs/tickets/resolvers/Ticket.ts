import { checkIdentifier, pageRequest, toConnection } from '../../shared';
import type { TicketResolvers } from '../__generated__/resolvers-types';
import { readTimeCursor, timeCursorKey } from '../../shared';
import { slaBreached } from './slaBreached';

export const Ticket: TicketResolvers = {
  // Ticket has two keys: other subgraphs may know a ticket by its id or only by the number a customer quoted
  __resolveReference(reference, { loaders }) {
    if ('id' in reference) return loaders.ticketById.load(checkIdentifier('ticketId', 'id', reference.id));
    return loaders.ticketByNumber.load(checkIdentifier('ticketNumber', 'number', reference.number));
  },
  team(ticket, _args, { loaders }) {
    return loaders.teamByCode.load(ticket.teamCode);
  },
  assignee(ticket, _args, { loaders }) {
    return ticket.assigneeId ? loaders.agentById.load(ticket.assigneeId) : null;
  },
  customer(ticket) {
    return { id: ticket.customerId };
  },
  order(ticket) {
    return ticket.orderId ? { id: ticket.orderId } : null;
  },
  shipment(ticket) {
    return ticket.shipmentId ? { id: ticket.shipmentId } : null;
  },
  slaBreached(ticket, _args, { now }) {
    return slaBreached(ticket, now());
  },
  async messages(ticket, args, { loaders }) {
    const { first, after } = pageRequest(args, { defaultSize: 50, arity: 2 });
    const page = await loaders.messagesByTicketId.load({
      ticketId: ticket.id,
      limit: first + 1,
      after: readTimeCursor(after),
    });
    return toConnection(page.rows, first, page.totalCount, (row) => timeCursorKey(row.sentAt, row.id));
  },
  handoffs(ticket, _args, { loaders }) {
    return loaders.handoffsByTicketId.load(ticket.id);
  },
  history(ticket, _args, { loaders }) {
    return loaders.eventsByTicketId.load(ticket.id);
  },
};
