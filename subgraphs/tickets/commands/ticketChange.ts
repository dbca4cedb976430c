import type { ChangeFact, ChangeInput } from '../../../platform/changeEvents';
import type { TicketRow } from '../data/rows';

/** What the tickets subgraph's writes announce (values of LiveChangeKind in schema/live.graphql). */
export type TicketChangeKind =
  | 'TICKET_OPENED'
  | 'TICKET_MESSAGE_ADDED'
  | 'TICKET_ASSIGNED'
  | 'TICKET_TRANSFERRED'
  | 'TICKET_CONSULTED'
  | 'CONSULTATION_ANSWERED'
  | 'TICKET_RESOLVED'
  | 'TICKET_REOPENED';

/**
 * The facts of a ticket change a command knows: `direction` and `channel` (null for an internal note) of a message,
 * `agentId` of an assignment, `fromTeam` and `toTeam` of a transfer, `consultedTeam` of a consultation and its
 * answer, `resolutionCode` of a resolution (team codes and enum values, never free text: facts are not masked).
 */
export type TicketChangeFacts = Readonly<Record<string, ChangeFact>>;

/**
 * The entities a change to `ticket` changes for readers of the graph, and so what the gateways' entity caches drop:
 * the ticket (by both keys), its customer (`Customer.tickets`, the timeline's ticket activity), and the order and
 * shipment it is about (`Order.tickets`, `Shipment.tickets`).
 */
export function ticketEntities(ticket: TicketRow): ChangeInput['entities'] {
  return [
    { typename: 'Ticket', keys: { id: ticket.id, number: ticket.number } },
    { typename: 'Customer', keys: { id: ticket.customerId } },
    ...(ticket.orderId ? [{ typename: 'Order', keys: { id: ticket.orderId } }] : []),
    ...(ticket.shipmentId ? [{ typename: 'Shipment', keys: { id: ticket.shipmentId } }] : []),
  ];
}

/**
 * A change to `ticket` (the row after it) as the tickets subgraph announces it. `team` is always the owning team
 * after the change, so a team's subscribers can pick their tickets without knowing the kinds that move them.
 */
export function ticketChange(kind: TicketChangeKind, ticket: TicketRow, facts: TicketChangeFacts = {}): ChangeInput {
  return { kind, entities: ticketEntities(ticket), facts: { ...facts, team: ticket.teamCode } };
}
