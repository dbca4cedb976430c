import type {
  Channel,
  HandoffKind,
  MessageDirection,
  ResolutionCode,
  TicketCategory,
  TicketEventKind,
  TicketPriority,
  TicketStatus,
} from '../__generated__/resolvers-types';

// Entities other subgraphs own: this subgraph only knows their id.
/** A customer (owned by crm), as a ticket refers to it. */
export interface CustomerRef {
  id: string;
}
/** An order (owned by orders), as a ticket refers to it. */
export interface OrderRef {
  id: string;
}
/** A shipment (owned by logistics), as a ticket refers to it. */
export interface ShipmentRef {
  id: string;
}

/** One row of tickets.tickets, camelCased. */
export interface TicketRow {
  id: string;
  number: string;
  customerId: string;
  orderId: string | null;
  shipmentId: string | null;
  subject: string;
  category: TicketCategory;
  channel: Channel;
  priority: TicketPriority;
  status: TicketStatus;
  teamCode: string;
  assigneeId: string | null;
  createdAt: Date;
  firstResponseDueAt: Date;
  firstRespondedAt: Date | null;
  slaDueAt: Date;
  resolvedAt: Date | null;
  reopenCount: number;
  resolutionCode: ResolutionCode | null;
}

/** One row of tickets.messages. `channel` is null exactly for internal notes. */
export interface MessageRow {
  id: string;
  ticketId: string;
  channel: Channel | null;
  direction: MessageDirection;
  author: string;
  agentId: string | null;
  consultedTeamCode: string | null;
  body: string;
  sentAt: Date;
}

/** One row of tickets.handoffs. */
export interface HandoffRow {
  id: string;
  ticketId: string;
  kind: HandoffKind;
  fromTeamCode: string;
  toTeamCode: string;
  reason: string;
  byAgentId: string | null;
  at: Date;
}

/** One row of tickets.teams. */
export interface TeamRow {
  code: string;
  name: string;
}

/** One row of tickets.agents. */
export interface AgentRow {
  id: string;
  name: string;
  teamCode: string;
}

/** One row of tickets.ticket_events: one change of a ticket, written with the change. */
export interface TicketEventRow {
  id: string;
  ticketId: string;
  kind: TicketEventKind;
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus;
  teamCode: string;
  agentId: string | null;
  actor: string;
  /** `<role>:<user id>` of the verified caller who made the change. */
  actedBy: string | null;
  /** What `details` says in words (`details->>'text'`). */
  text: string;
  at: Date;
}

/** Where new tickets of one category go (tickets.routing_rules, or the fallback team). */
export interface RoutingRuleRow {
  category: TicketCategory;
  teamCode: string;
  isFallback: boolean;
}

/** One row of tickets.sla_policies. */
export interface SlaPolicyRow {
  priority: TicketPriority;
  firstResponseMinutes: number;
  resolutionMinutes: number;
}
