import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type {
  CustomerRef,
  OrderRef,
  ShipmentRef,
  TicketRow,
  MessageRow,
  HandoffRow,
  TeamRow,
  AgentRow,
  TicketEventRow,
  RoutingRuleRow,
} from '../data/rows';
import type { KpiParent } from '../data/kpiFilter';
import type { TicketsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** An instant in time, as an ISO-8601 string in UTC (for example `2026-11-23T18:35:00.000Z`). */
  DateTime: { input: Date | string; output: Date | string };
  _FieldSet: { input: unknown; output: unknown };
};

/** One event this system reports about a customer (internal: CRM builds the timeline from these). */
export type ActivityEvent = {
  __typename?: 'ActivityEvent';
  channel: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  orderId: Maybe<Scalars['ID']['output']>;
  shipmentId: Maybe<Scalars['ID']['output']>;
  summary: Scalars['String']['output'];
  ticketId: Maybe<Scalars['ID']['output']>;
};

/** A message to add to a ticket's conversation. */
export type AddMessageInput = {
  /** The agent writing (`agt_<number>`, at most 64 characters, longer fails with `INVALID_IDENTIFIER`): required for `OUTBOUND` and `INTERNAL`, must be left out for `INBOUND`. */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  /** The text (1 to 10000 characters). */
  body: Scalars['String']['input'];
  /** Required for `INBOUND` and `OUTBOUND`; must be left out for `INTERNAL` notes. */
  channel?: InputMaybe<Channel>;
  /** From the customer, to the customer, or internal. */
  direction: MessageDirection;
  /**
   * Optional: a key the client makes up once per change (8 to 200 characters, e.g. a UUID) and sends again unchanged
   * when it retries. The same key with the same request answers the ticket as the first request left it and changes
   * nothing again; with another request it fails with `IDEMPOTENCY_KEY_REUSED`. Keys are the caller's own.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The ticket (`tkt_<number>`, at most 64 characters, longer fails with `INVALID_IDENTIFIER`). */
  ticketId: Scalars['ID']['input'];
};

/** Open tickets of one age range: `fromHours` ≤ age < `toHours`. */
export type AgeBucket = {
  __typename?: 'AgeBucket';
  /** How many open tickets are that old. */
  count: Scalars['Int']['output'];
  /** Lower bound of the age, in hours (inclusive). */
  fromHours: Scalars['Int']['output'];
  /** Readable range, e.g. `4–24h`. */
  label: Scalars['String']['output'];
  /** Upper bound of the age, in hours (exclusive); `null` for the last bucket. */
  toHours: Maybe<Scalars['Int']['output']>;
};

/** A support agent. */
export type Agent = {
  __typename?: 'Agent';
  /** Stable id, of the form `agt_<number>`. */
  id: Scalars['ID']['output'];
  /** Name of the agent. */
  name: Scalars['String']['output'];
  /** The team the agent belongs to. */
  team: Team;
};

/** A parcel carrier. */
export type Carrier = 'DHL' | 'DPD' | 'GLS' | 'HERMES' | 'UPS';

/** How many complaints concerned one carrier's shipments. */
export type CarrierComplaints = {
  __typename?: 'CarrierComplaints';
  /** The carrier. */
  carrier: Carrier;
  /** How many complaints were about one of its shipments. */
  tickets: Scalars['Int']['output'];
};

/** How many tickets have one category. */
export type CategoryCount = {
  __typename?: 'CategoryCount';
  /** The category. */
  category: TicketCategory;
  /** How many tickets. */
  count: Scalars['Int']['output'];
};

/** A way a customer talks to us. */
export type Channel = 'CHAT' | 'EMAIL' | 'PHONE' | 'SOCIAL' | 'WEB_FORM';

/** How many tickets came in on one channel. */
export type ChannelCount = {
  __typename?: 'ChannelCount';
  /** The channel. */
  channel: Channel;
  /** How many tickets. */
  count: Scalars['Int']['output'];
};

export type Customer = {
  __typename?: 'Customer';
  /** Stable id, of the form `cus_<number>`. */
  id: Scalars['ID']['output'];
  /** Ticket events for the customer timeline (internal). */
  ticketActivity: Maybe<Array<ActivityEvent>>;
  /** The customer's tickets, newest first, optionally only those in the given statuses. Page with `first` (at most 100) and `after`. */
  tickets: Maybe<TicketConnection>;
};

export type CustomerTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<TicketStatus>>;
};

/** Median and 90th percentile of a duration, in seconds (continuous percentiles, linearly interpolated). */
export type DurationStats = {
  __typename?: 'DurationStats';
  /** How many durations were measured. */
  count: Scalars['Int']['output'];
  /** Median, in seconds; `null` when `count` is 0. */
  median: Maybe<Scalars['Float']['output']>;
  /** 90th percentile, in seconds; `null` when `count` is 0. */
  p90: Maybe<Scalars['Float']['output']>;
};

/** A ticket moving to another team (transfer) or another team being asked for help (consultation). */
export type Handoff = {
  __typename?: 'Handoff';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The agent who made the hand-off. */
  by: Maybe<Agent>;
  /** The team that owned the ticket at the time. */
  fromTeam: Team;
  /** Stable id of the hand-off. */
  id: Scalars['ID']['output'];
  /** Transfer (ownership moves) or consultation (ownership stays). */
  kind: HandoffKind;
  /** Why. Personal data in it is masked for callers without the `pii:read` scope. */
  reason: Scalars['String']['output'];
  /** The team it went to, or was consulted. */
  toTeam: Team;
};

/** Transfer or consultation. */
export type HandoffKind =
  /** `toTeam` was asked for help inside the same ticket; the owner stays the owner. */
  | 'CONSULT'
  /** The ticket, with its whole conversation, now belongs to `toTeam`. */
  | 'TRANSFER';

/** Whether a message came from the customer, went to them, or stayed internal. */
export type MessageDirection = 'INBOUND' | 'INTERNAL' | 'OUTBOUND';

/**
 * Everything agents and internal tools do to a ticket. Each mutation validates first (errors carry a `code` and say
 * how to fix the request), then writes the change and its `TicketEvent` in one transaction, with the ticket row
 * locked, so concurrent changes to one ticket happen one after the other and history never disagrees with state.
 * `CLOSED` tickets accept nothing (`TICKET_CLOSED`). Unknown ids fail with `NOT_FOUND`, malformed ones with
 * `INVALID_IDENTIFIER`.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a message to the conversation. The first `OUTBOUND` message records `firstRespondedAt` and moves a `NEW`
   * ticket to `OPEN`; an `INBOUND` message moves `PENDING_CUSTOMER` to `OPEN` and reopens a `RESOLVED` ticket
   * (`reopenCount` + 1). Send an `idempotencyKey` to make a retry safe (see `AddMessageInput.idempotencyKey`).
   */
  addMessage: Ticket;
  /**
   * The consulted team answers in its side-thread (an internal message). `agentId` must belong to `team`
   * (`AGENT_NOT_IN_TEAM`), and `team` must have an open consultation on the ticket: consulted, and no agent of
   * `team` has written in the ticket since (`NO_OPEN_CONSULTATION`).
   */
  answerConsultation: Ticket;
  /**
   * Assigns the ticket to an agent of the owning team (`AGENT_NOT_IN_TEAM` otherwise). To take a ticket, an agent
   * assigns it to themself. Assigning it to the agent who already has it changes nothing. Not on resolved tickets
   * (`INVALID_TRANSITION`: reopen first).
   */
  assignTicket: Ticket;
  /**
   * Asks another team for help inside the ticket, without transferring it: records a `CONSULT` hand-off and posts
   * the question as an internal message in the side-thread of `team`. The owner stays the owner. `SAME_TEAM` when
   * `team` owns the ticket.
   */
  consultTeam: Ticket;
  /**
   * Opens a ticket for a customer, from any channel, with the customer's first message. The owning team comes from
   * the routing rules (see `Query.routingRules`), the due times from the SLA of its priority (see
   * `Query.slaPolicies`). The customer, order and shipment must exist and belong together: `NOT_FOUND` for an
   * unknown one, `BAD_USER_INPUT` for an order or shipment of another customer or a shipment of another order.
   * Idempotent: sending the same `idempotencyKey` with the same input returns the ticket the first request created;
   * the same key with different input fails with `IDEMPOTENCY_KEY_REUSED`. Keys are the caller's own: another caller's
   * identical key is another key.
   */
  openTicket: Ticket;
  /**
   * Reopens a resolved ticket (status `OPEN`, `reopenCount` + 1). Without `agentId` the reopen is recorded as the
   * customer's. `INVALID_TRANSITION` when it is not resolved.
   */
  reopenTicket: Ticket;
  /** Resolves the ticket with a resolution code. `INVALID_TRANSITION` when it is resolved already. */
  resolveTicket: Ticket;
  /**
   * Moves the ticket, with its whole conversation, to another team, with a reason; records the hand-off and clears
   * the assignee (the new team decides who takes it). `SAME_TEAM` when `toTeam` already owns it.
   */
  transferTicket: Ticket;
};

/**
 * Everything agents and internal tools do to a ticket. Each mutation validates first (errors carry a `code` and say
 * how to fix the request), then writes the change and its `TicketEvent` in one transaction, with the ticket row
 * locked, so concurrent changes to one ticket happen one after the other and history never disagrees with state.
 * `CLOSED` tickets accept nothing (`TICKET_CLOSED`). Unknown ids fail with `NOT_FOUND`, malformed ones with
 * `INVALID_IDENTIFIER`.
 */
export type MutationAddMessageArgs = {
  input: AddMessageInput;
};

/**
 * Everything agents and internal tools do to a ticket. Each mutation validates first (errors carry a `code` and say
 * how to fix the request), then writes the change and its `TicketEvent` in one transaction, with the ticket row
 * locked, so concurrent changes to one ticket happen one after the other and history never disagrees with state.
 * `CLOSED` tickets accept nothing (`TICKET_CLOSED`). Unknown ids fail with `NOT_FOUND`, malformed ones with
 * `INVALID_IDENTIFIER`.
 */
export type MutationAnswerConsultationArgs = {
  agentId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  team: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
};

/**
 * Everything agents and internal tools do to a ticket. Each mutation validates first (errors carry a `code` and say
 * how to fix the request), then writes the change and its `TicketEvent` in one transaction, with the ticket row
 * locked, so concurrent changes to one ticket happen one after the other and history never disagrees with state.
 * `CLOSED` tickets accept nothing (`TICKET_CLOSED`). Unknown ids fail with `NOT_FOUND`, malformed ones with
 * `INVALID_IDENTIFIER`.
 */
export type MutationAssignTicketArgs = {
  agentId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ticketId: Scalars['ID']['input'];
};

/**
 * Everything agents and internal tools do to a ticket. Each mutation validates first (errors carry a `code` and say
 * how to fix the request), then writes the change and its `TicketEvent` in one transaction, with the ticket row
 * locked, so concurrent changes to one ticket happen one after the other and history never disagrees with state.
 * `CLOSED` tickets accept nothing (`TICKET_CLOSED`). Unknown ids fail with `NOT_FOUND`, malformed ones with
 * `INVALID_IDENTIFIER`.
 */
export type MutationConsultTeamArgs = {
  agentId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  question: Scalars['String']['input'];
  team: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
};

/**
 * Everything agents and internal tools do to a ticket. Each mutation validates first (errors carry a `code` and say
 * how to fix the request), then writes the change and its `TicketEvent` in one transaction, with the ticket row
 * locked, so concurrent changes to one ticket happen one after the other and history never disagrees with state.
 * `CLOSED` tickets accept nothing (`TICKET_CLOSED`). Unknown ids fail with `NOT_FOUND`, malformed ones with
 * `INVALID_IDENTIFIER`.
 */
export type MutationOpenTicketArgs = {
  input: OpenTicketInput;
};

/**
 * Everything agents and internal tools do to a ticket. Each mutation validates first (errors carry a `code` and say
 * how to fix the request), then writes the change and its `TicketEvent` in one transaction, with the ticket row
 * locked, so concurrent changes to one ticket happen one after the other and history never disagrees with state.
 * `CLOSED` tickets accept nothing (`TICKET_CLOSED`). Unknown ids fail with `NOT_FOUND`, malformed ones with
 * `INVALID_IDENTIFIER`.
 */
export type MutationReopenTicketArgs = {
  agentId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};

/**
 * Everything agents and internal tools do to a ticket. Each mutation validates first (errors carry a `code` and say
 * how to fix the request), then writes the change and its `TicketEvent` in one transaction, with the ticket row
 * locked, so concurrent changes to one ticket happen one after the other and history never disagrees with state.
 * `CLOSED` tickets accept nothing (`TICKET_CLOSED`). Unknown ids fail with `NOT_FOUND`, malformed ones with
 * `INVALID_IDENTIFIER`.
 */
export type MutationResolveTicketArgs = {
  agentId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  resolutionCode: ResolutionCode;
  ticketId: Scalars['ID']['input'];
};

/**
 * Everything agents and internal tools do to a ticket. Each mutation validates first (errors carry a `code` and say
 * how to fix the request), then writes the change and its `TicketEvent` in one transaction, with the ticket row
 * locked, so concurrent changes to one ticket happen one after the other and history never disagrees with state.
 * `CLOSED` tickets accept nothing (`TICKET_CLOSED`). Unknown ids fail with `NOT_FOUND`, malformed ones with
 * `INVALID_IDENTIFIER`.
 */
export type MutationTransferTicketArgs = {
  agentId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
  toTeam: Scalars['ID']['input'];
};

/** A new ticket and the customer's first message. */
export type OpenTicketInput = {
  /** The customer's first message (1 to 10000 characters). */
  body: Scalars['String']['input'];
  /** What it is about; decides the owning team. */
  category: TicketCategory;
  /** The channel the customer wrote on. */
  channel: Channel;
  /** The customer (`cus_<number>`, at most 64 characters, longer fails with `INVALID_IDENTIFIER`); `NOT_FOUND` when there is none. */
  customerId: Scalars['ID']['input'];
  /**
   * A key the client makes up once per ticket it means to open (8 to 200 characters, e.g. a UUID), and sends again
   * unchanged when it retries. Keys are the caller's own: another caller's identical key is another key.
   */
  idempotencyKey: Scalars['String']['input'];
  /** The order it is about, if any (`ord_<number>`, at most 64 characters, longer fails with `INVALID_IDENTIFIER`): one of the customer's orders (`BAD_USER_INPUT` otherwise). */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** How urgent it is; decides the due times. */
  priority?: InputMaybe<TicketPriority>;
  /**
   * The shipment it is about, if any (`shp_<number>`, at most 64 characters, longer fails with `INVALID_IDENTIFIER`): addressed to the customer and, when
   * `orderId` is given, of that order (`BAD_USER_INPUT` otherwise).
   */
  shipmentId?: InputMaybe<Scalars['ID']['input']>;
  /** One-line subject (1 to 200 characters). */
  subject: Scalars['String']['input'];
};

export type Order = {
  __typename?: 'Order';
  /** Stable id, of the form `ord_<number>`. */
  id: Scalars['ID']['output'];
  /** Tickets raised about this order, newest first. */
  tickets: Maybe<Array<Ticket>>;
};

/** Where a page ends and whether there is another one. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether there are more items after this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** How a `@pii` field is masked for callers without `pii:read`. */
export type PiiKind =
  /** `maria.keller@example.com` → `m***@example.com`. */
  | 'EMAIL'
  /**
   * Text people wrote (a note, a message, a subject): the words stay, and every e-mail address, phone number, IBAN,
   * Luhn-valid card number and street address in it, and the customer's own e-mail, phone and streets however
   * written, become `[email]`, `[phone]`, `[iban]`, `[card]`, `[street]`.
   */
  | 'FREE_TEXT'
  /** `+4930123456` → `+49*******56`. */
  | 'PHONE'
  /** `Hauptstraße 12` → `H***`. */
  | 'STREET';

export type Product = {
  __typename?: 'Product';
  sku: Scalars['ID']['output'];
};

/** How many complaints concerned orders containing one product. */
export type ProductComplaints = {
  __typename?: 'ProductComplaints';
  /** The product; null, with a `NOT_FOUND` error at this field, when inventory does not know it (the list stays). */
  product: Maybe<Product>;
  /** How many complaints were about an order containing it. */
  tickets: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Where a new ticket of each category goes: one entry per category, with the team the routing rules name, or the
   * fallback (triage) team for a category without a rule. The rules are data (`tickets.routing_rules`), not code.
   */
  routingRules: Array<RoutingRule>;
  /** The SLA of each priority: how long after opening the first answer and the resolution are due. */
  slaPolicies: Array<SlaPolicy>;
  /** Every support team, with its agents. */
  teams: Array<Team>;
  /**
   * The ticket with this id (for example `tkt_1`). Fails with `NOT_FOUND` when there is none and with
   * `INVALID_IDENTIFIER` when the id is not of the form `tkt_<number>`.
   */
  ticket: Maybe<Ticket>;
  /**
   * The ticket with this customer-facing number (for example `T-100001`). Fails with `NOT_FOUND` when there is none
   * and with `INVALID_IDENTIFIER` when the number is not of the form `T-<digits>`.
   */
  ticketByNumber: Maybe<Ticket>;
  /**
   * Support KPIs for tickets opened in the half-open window `[from, to)` (see each field for the tickets it counts),
   * optionally only one owning team (`NOT_FOUND` for an unknown one), category or channel. `from` must be before `to`,
   * and the window at most 366 days long (`BAD_USER_INPUT` otherwise).
   */
  ticketKpis: TicketKpis;
  /**
   * Per owning team: how many tickets `unattendedTickets` would list for it, the oldest `waitingSince`, and how many
   * carry each reason. Every team is listed, with a count of 0 when nothing waits.
   */
  unattendedSummary: Array<TeamUnattended>;
  /**
   * Open tickets (status `NEW`, `OPEN` or `PENDING_CUSTOMER`) that need someone now, oldest first (by
   * `waitingSince`, then ticket id). A ticket is listed once, with every reason that applies; see
   * `UnattendedReason`. `team` keeps only the tickets that team owns (`INVALID_IDENTIFIER` for a malformed code, `NOT_FOUND`
   * for an unknown one).
   * `dueWithinMinutes` is the "about to breach" window of `SLA_AT_RISK` (1 to 10080) and
   * `consultWaitingMinutes` how long an unanswered consultation may wait (1 to 10080). Page with `first` (at most
   * 100) and `after`.
   */
  unattendedTickets: UnattendedTicketConnection;
};

export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};

export type QueryTicketByNumberArgs = {
  number: Scalars['String']['input'];
};

export type QueryTicketKpisArgs = {
  category?: InputMaybe<TicketCategory>;
  channel?: InputMaybe<Channel>;
  from: Scalars['DateTime']['input'];
  team?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};

export type QueryUnattendedSummaryArgs = {
  consultWaitingMinutes?: InputMaybe<Scalars['Int']['input']>;
  dueWithinMinutes?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryUnattendedTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  consultWaitingMinutes?: InputMaybe<Scalars['Int']['input']>;
  dueWithinMinutes?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  team?: InputMaybe<Scalars['ID']['input']>;
};

/** How many unattended tickets carry one reason. */
export type ReasonCount = {
  __typename?: 'ReasonCount';
  /** How many tickets carry it. */
  count: Scalars['Int']['output'];
  /** The reason. */
  reason: UnattendedReason;
};

/** Why a ticket was resolved. */
export type ResolutionCode =
  /** The customer's question was answered. */
  | 'ANSWERED'
  /** Another ticket covers the same request. */
  | 'DUPLICATE'
  /** Nothing was wrong. */
  | 'NO_FAULT_FOUND'
  /** Money was paid back. */
  | 'REFUNDED'
  /** A replacement was sent. */
  | 'REPLACED';

/** Where new tickets of one category go. */
export type RoutingRule = {
  __typename?: 'RoutingRule';
  /** The category. */
  category: TicketCategory;
  /** Whether no rule names the category, so the fallback (triage) team gets it. */
  isFallback: Scalars['Boolean']['output'];
  /** The team that owns new tickets of this category. */
  team: Team;
};

export type Shipment = {
  __typename?: 'Shipment';
  /** Stable id, of the form `shp_<number>`. */
  id: Scalars['ID']['output'];
  /** Tickets raised about this shipment, newest first. */
  tickets: Maybe<Array<Ticket>>;
};

/** The due times of one priority, counted in calendar minutes from opening. */
export type SlaPolicy = {
  __typename?: 'SlaPolicy';
  /** Minutes from opening until the first answer to the customer is due. */
  firstResponseMinutes: Scalars['Int']['output'];
  /** The priority. */
  priority: TicketPriority;
  /** Minutes from opening until the ticket must be resolved. */
  resolutionMinutes: Scalars['Int']['output'];
};

/** A support team. */
export type Team = {
  __typename?: 'Team';
  /** The team's agents. */
  agents: Array<Agent>;
  /** Short code, e.g. `logistics_desk`. */
  code: Scalars['ID']['output'];
  /** Name of the team. */
  name: Scalars['String']['output'];
};

/** How many tickets a team has unattended, at a glance. */
export type TeamUnattended = {
  __typename?: 'TeamUnattended';
  /** How many carry each reason (a ticket with two reasons counts under both); every reason is listed. */
  byReason: Array<ReasonCount>;
  /** Unattended tickets the team owns. */
  count: Scalars['Int']['output'];
  /** The oldest `waitingSince` among them, if any. */
  oldestWaitingSince: Maybe<Scalars['DateTime']['output']>;
  /** The owning team. */
  team: Team;
};

/** A customer's request, from the moment it arrives until it is resolved. Always owned by a team. */
export type Ticket = {
  __typename?: 'Ticket';
  /** The agent working on it, if one has taken it. */
  assignee: Maybe<Agent>;
  /** What the request is about; decides the owning team. */
  category: TicketCategory;
  /** The channel the customer opened it on. */
  channel: Channel;
  /** When it was opened. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * The customer who raised it. Null, with a `NOT_FOUND` error at this field, when crm does not know the customer (a
   * ticket written before openTicket checked its references): the ticket and the list it is in stay.
   */
  customer: Maybe<Customer>;
  /** When the first answer was sent, if it was. */
  firstRespondedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the first answer to the customer is due. */
  firstResponseDueAt: Scalars['DateTime']['output'];
  /** Every transfer to another team and every consultation of one, earliest first. */
  handoffs: Array<Handoff>;
  /**
   * Every change made to it through the mutations, earliest first, each written in the same transaction as the change
   * (so history and state never disagree). Tickets loaded by the seeder have no history before their first change.
   */
  history: Array<TicketEvent>;
  /** Stable id, of the form `tkt_<number>`. */
  id: Scalars['ID']['output'];
  /** The conversation across every channel, internal notes and consultations included, earliest first. */
  messages: Maybe<TicketMessageConnection>;
  /** The number the customer is given, e.g. `T-100001`. */
  number: Scalars['String']['output'];
  /** The order it is about, if any. */
  order: Maybe<Order>;
  /** How urgent it is; decides the SLA. */
  priority: TicketPriority;
  /** How many times it was reopened after being resolved (by `reopenTicket` or a customer reply). */
  reopenCount: Scalars['Int']['output'];
  /** Why it was resolved, while it is resolved or closed; `null` otherwise. */
  resolutionCode: Maybe<ResolutionCode>;
  /** When it was resolved, if it is. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** The shipment it is about, if any. */
  shipment: Maybe<Shipment>;
  /** Whether it was resolved after `slaDueAt`, or is still open past it. */
  slaBreached: Scalars['Boolean']['output'];
  /** When it must be resolved (the SLA due time). */
  slaDueAt: Scalars['DateTime']['output'];
  /** Where it stands. */
  status: TicketStatus;
  /** One-line subject. Personal data in it is masked for callers without the `pii:read` scope. */
  subject: Scalars['String']['output'];
  /** The team that owns it now. Never empty. */
  team: Team;
};

/** A customer's request, from the moment it arrives until it is resolved. Always owned by a team. */
export type TicketMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a ticket is about. */
export type TicketCategory = 'ACCOUNT' | 'BILLING' | 'DELIVERY' | 'OTHER' | 'PRODUCT_DEFECT' | 'RETURN';

/** A page of tickets. */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  /** The tickets on this page. */
  edges: Array<TicketEdge>;
  /** Where this page ends and whether there is another. */
  pageInfo: PageInfo;
  /** How many tickets match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A ticket and its cursor. */
export type TicketEdge = {
  __typename?: 'TicketEdge';
  /** Pass this as `after` to get the tickets after this one. */
  cursor: Scalars['String']['output'];
  /** The ticket. */
  node: Ticket;
};

/** One change to a ticket, written in the same transaction as the change itself. */
export type TicketEvent = {
  __typename?: 'TicketEvent';
  /**
   * Who made the change as the gateway verified it from their token, as `<role>:<user id>` (e.g.
   * `supervisor:sup_7` acting for an agent, or `service:returns-portal`). Null for changes recorded before
   * sign-in existed and for seeded history.
   */
  actedBy: Maybe<Scalars['String']['output']>;
  /** Who made the change: an agent id, or the customer id for customer replies. */
  actor: Scalars['String']['output'];
  /** The agent who made the change, if an agent did. */
  agent: Maybe<Agent>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /**
   * The change in words, e.g. `Transferred from Customer care to Billing: refund needed`. Personal data in it is
   * masked for callers without the `pii:read` scope.
   */
  details: Scalars['String']['output'];
  /** The status before the change. */
  fromStatus: Maybe<TicketStatus>;
  /** Stable id, of the form `evt_<number>`. */
  id: Scalars['ID']['output'];
  /** What changed. */
  kind: TicketEventKind;
  /** The owning team after the change. */
  team: Team;
  /** The status after the change. */
  toStatus: TicketStatus;
};

/** What kind of change a history entry records. */
export type TicketEventKind =
  /** An agent was assigned (or took it). */
  | 'ASSIGNED'
  /** It was closed for good. */
  | 'CLOSED'
  /** Another team was consulted. */
  | 'CONSULTED'
  /** The consulted team answered. */
  | 'CONSULT_ANSWERED'
  /** A message was added. */
  | 'MESSAGE_ADDED'
  /** The ticket was opened. */
  | 'OPENED'
  /** It was reopened. */
  | 'REOPENED'
  /** It was resolved. */
  | 'RESOLVED'
  /** It moved to another team. */
  | 'TRANSFERRED';

/**
 * Support KPIs for a time window and filters, one set of numbers for support, logistics and product. Unless a field
 * says otherwise it counts the tickets opened (`createdAt`) in `[from, to)` that match the filters. "Complaints" are
 * tickets of category `DELIVERY`, `PRODUCT_DEFECT` or `RETURN`.
 */
export type TicketKpis = {
  __typename?: 'TicketKpis';
  /**
   * The tickets open now (`NEW`, `OPEN`, `PENDING_CUSTOMER`) matching the filters, whatever the window, by age:
   * under 4 hours, 4–24 hours, 1–3 days, 3–7 days, over 7 days.
   */
  backlog: Array<AgeBucket>;
  /** Only tickets of this category, if given. */
  category: Maybe<TicketCategory>;
  /** Only tickets opened on this channel, if given. */
  channel: Maybe<Channel>;
  /**
   * Complaints (tickets of category `DELIVERY`, `PRODUCT_DEFECT` or `RETURN` opened in the window and about a
   * shipment) per carrier of that shipment. Every carrier with at least one complaint, most first, then by carrier.
   */
  complaintsByCarrier: Array<CarrierComplaints>;
  /**
   * Complaints (tickets of category `DELIVERY`, `PRODUCT_DEFECT` or `RETURN` opened in the window and about an order)
   * per product: a complaint about an order counts once for every distinct sku on that order. Most complaints first,
   * then by sku.
   */
  complaintsByProduct: Array<ProductComplaints>;
  /** Consultations per ticket opened in the window; `null` when there are no tickets. */
  consultsPerTicket: Maybe<Scalars['Float']['output']>;
  /** From opening to the first answer sent to the customer, over the window's tickets that have one. */
  firstResponseTime: DurationStats;
  /** Start of the window (inclusive). */
  from: Scalars['DateTime']['output'];
  /** Hand-offs (transfers and consultations) per ticket opened in the window; `null` when there are no tickets. */
  handoffsPerTicket: Maybe<Scalars['Float']['output']>;
  /** Identifies the window and filters (opaque). */
  id: Scalars['ID']['output'];
  /**
   * Share (0 to 1) of the window's tickets resolved at least once (resolved or closed now, or reopened at least once)
   * that were reopened at least once (`reopen_count > 0`). `null` when none was resolved.
   */
  reopenRate: Maybe<Scalars['Float']['output']>;
  /** From opening to resolution, over the window's tickets that are resolved or closed. */
  resolutionTime: DurationStats;
  /**
   * Share (0 to 1) of the window's tickets that breached their SLA, among those whose SLA outcome is known: resolved
   * (or closed) ones, breached when resolved after `slaDueAt`, plus still-open ones past `slaDueAt` (breached).
   * Open tickets not yet due are left out. `null` when there are none.
   */
  slaBreachRate: Maybe<Scalars['Float']['output']>;
  /** Only tickets this team owns now, if given. */
  team: Maybe<Team>;
  /** Tickets opened in the window. */
  ticketCount: Scalars['Int']['output'];
  /** End of the window (exclusive). */
  to: Scalars['DateTime']['output'];
  /** Transfers per ticket opened in the window; `null` when there are no tickets. */
  transfersPerTicket: Maybe<Scalars['Float']['output']>;
  /** The window's tickets per category, every category listed, most first. */
  volumeByCategory: Array<CategoryCount>;
  /** The window's tickets per channel, every channel listed, most first. */
  volumeByChannel: Array<ChannelCount>;
};

/** One message in a ticket's conversation. */
export type TicketMessage = {
  __typename?: 'TicketMessage';
  /** The agent who wrote it, if an agent did. */
  agent: Maybe<Agent>;
  /** Who wrote it: the customer's name or the agent's. */
  author: Scalars['String']['output'];
  /** The text. Personal data in it is masked for callers without the `pii:read` scope. */
  body: Scalars['String']['output'];
  /** The channel it came in or went out on (internal notes say `null`). */
  channel: Maybe<Channel>;
  /** For a message in a consultation side-thread, the team consulted. */
  consultedTeam: Maybe<Team>;
  /** Whether it came from the customer, went to the customer, or stayed internal. */
  direction: MessageDirection;
  /** Stable id of the message. */
  id: Scalars['ID']['output'];
  /** When it was sent. */
  sentAt: Scalars['DateTime']['output'];
};

/** A page of ticket messages. */
export type TicketMessageConnection = {
  __typename?: 'TicketMessageConnection';
  /** The messages on this page. */
  edges: Array<TicketMessageEdge>;
  /** Where this page ends and whether there is another. */
  pageInfo: PageInfo;
  /** How many messages the ticket has in all. */
  totalCount: Scalars['Int']['output'];
};

/** A message and its cursor. */
export type TicketMessageEdge = {
  __typename?: 'TicketMessageEdge';
  /** Pass this as `after` to get the messages after this one. */
  cursor: Scalars['String']['output'];
  /** The message. */
  node: TicketMessage;
};

/** How urgent a ticket is. */
export type TicketPriority = 'HIGH' | 'LOW' | 'NORMAL' | 'URGENT';

/** Where a ticket stands. */
export type TicketStatus =
  /** Closed for good. */
  | 'CLOSED'
  /** Opened, nobody has answered yet. */
  | 'NEW'
  /** Being worked on. */
  | 'OPEN'
  /** Waiting for the customer to answer. */
  | 'PENDING_CUSTOMER'
  /** Resolved; a customer reply reopens it. */
  | 'RESOLVED';

/** Why a ticket is listed as unattended. A ticket may have several reasons. */
export type UnattendedReason =
  /**
   * A team was consulted (a `CONSULT` hand-off) longer than `consultWaitingMinutes` ago and no agent of that team has
   * written an internal message in the ticket since.
   */
  | 'CONSULT_WAITING'
  /** No answer has been sent to the customer, and the first-response due time has passed. */
  | 'NO_FIRST_RESPONSE'
  /** Open, and its SLA due time falls within the next `dueWithinMinutes`. */
  | 'SLA_AT_RISK'
  /** Open past its SLA due time. */
  | 'SLA_BREACHED'
  /** Open and no agent has taken it. */
  | 'UNASSIGNED';

/** An open ticket that needs attention, and why. */
export type UnattendedTicket = {
  __typename?: 'UnattendedTicket';
  /** Every reason that applies, in the order of `UnattendedReason`. */
  reasons: Array<UnattendedReason>;
  /** The ticket. */
  ticket: Ticket;
  /**
   * Since when it has been waiting: the earliest moment any of its reasons began (opening for `UNASSIGNED`, the
   * first-response due time, the SLA due time, the at-risk window's start, or the unanswered consultation).
   */
  waitingSince: Scalars['DateTime']['output'];
};

/** A page of unattended tickets. */
export type UnattendedTicketConnection = {
  __typename?: 'UnattendedTicketConnection';
  /** The tickets on this page, oldest first. */
  edges: Array<UnattendedTicketEdge>;
  /** Where this page ends and whether there is another. */
  pageInfo: PageInfo;
  /** How many tickets are unattended in all (with the same arguments). */
  totalCount: Scalars['Int']['output'];
};

/** An unattended ticket and its cursor. */
export type UnattendedTicketEdge = {
  __typename?: 'UnattendedTicketEdge';
  /** Pass this as `after` to get the tickets after this one. */
  cursor: Scalars['String']['output'];
  /** The unattended ticket. */
  node: UnattendedTicket;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
  reference: TReference,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Customer: Customer;
  Order: Order;
  Shipment: Shipment;
  Ticket: Ticket;
  TicketKpis: TicketKpis;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer: { __typename: 'Customer' } & GraphQLRecursivePick<FederationTypes['Customer'], { id: true }>;
  Order: { __typename: 'Order' } & GraphQLRecursivePick<FederationTypes['Order'], { id: true }>;
  Shipment: { __typename: 'Shipment' } & GraphQLRecursivePick<FederationTypes['Shipment'], { id: true }>;
  Ticket: { __typename: 'Ticket' } & (
    | GraphQLRecursivePick<FederationTypes['Ticket'], { id: true }>
    | GraphQLRecursivePick<FederationTypes['Ticket'], { number: true }>
  );
  TicketKpis: { __typename: 'TicketKpis' } & GraphQLRecursivePick<FederationTypes['TicketKpis'], { id: true }>;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityEvent: ResolverTypeWrapper<ActivityEvent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddMessageInput: AddMessageInput;
  AgeBucket: ResolverTypeWrapper<AgeBucket>;
  Agent: ResolverTypeWrapper<AgentRow>;
  Carrier: Carrier;
  CarrierComplaints: ResolverTypeWrapper<CarrierComplaints>;
  CategoryCount: ResolverTypeWrapper<CategoryCount>;
  Channel: Channel;
  ChannelCount: ResolverTypeWrapper<ChannelCount>;
  Customer: ResolverTypeWrapper<CustomerRef>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DurationStats: ResolverTypeWrapper<DurationStats>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Handoff: ResolverTypeWrapper<HandoffRow>;
  HandoffKind: HandoffKind;
  MessageDirection: MessageDirection;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenTicketInput: OpenTicketInput;
  Order: ResolverTypeWrapper<OrderRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PiiKind: PiiKind;
  Product: ResolverTypeWrapper<Product>;
  ProductComplaints: ResolverTypeWrapper<ProductComplaints>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReasonCount: ResolverTypeWrapper<ReasonCount>;
  ResolutionCode: ResolutionCode;
  RoutingRule: ResolverTypeWrapper<RoutingRuleRow>;
  Shipment: ResolverTypeWrapper<ShipmentRef>;
  SlaPolicy: ResolverTypeWrapper<SlaPolicy>;
  Team: ResolverTypeWrapper<TeamRow>;
  TeamUnattended: ResolverTypeWrapper<Omit<TeamUnattended, 'team'> & { team: ResolversTypes['Team'] }>;
  Ticket: ResolverTypeWrapper<TicketRow>;
  TicketCategory: TicketCategory;
  TicketConnection: ResolverTypeWrapper<
    Omit<TicketConnection, 'edges'> & { edges: Array<ResolversTypes['TicketEdge']> }
  >;
  TicketEdge: ResolverTypeWrapper<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>;
  TicketEvent: ResolverTypeWrapper<TicketEventRow>;
  TicketEventKind: TicketEventKind;
  TicketKpis: ResolverTypeWrapper<KpiParent>;
  TicketMessage: ResolverTypeWrapper<MessageRow>;
  TicketMessageConnection: ResolverTypeWrapper<
    Omit<TicketMessageConnection, 'edges'> & { edges: Array<ResolversTypes['TicketMessageEdge']> }
  >;
  TicketMessageEdge: ResolverTypeWrapper<Omit<TicketMessageEdge, 'node'> & { node: ResolversTypes['TicketMessage'] }>;
  TicketPriority: TicketPriority;
  TicketStatus: TicketStatus;
  UnattendedReason: UnattendedReason;
  UnattendedTicket: ResolverTypeWrapper<Omit<UnattendedTicket, 'ticket'> & { ticket: ResolversTypes['Ticket'] }>;
  UnattendedTicketConnection: ResolverTypeWrapper<
    Omit<UnattendedTicketConnection, 'edges'> & { edges: Array<ResolversTypes['UnattendedTicketEdge']> }
  >;
  UnattendedTicketEdge: ResolverTypeWrapper<
    Omit<UnattendedTicketEdge, 'node'> & { node: ResolversTypes['UnattendedTicket'] }
  >;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityEvent: ActivityEvent;
  ID: Scalars['ID']['output'];
  AddMessageInput: AddMessageInput;
  AgeBucket: AgeBucket;
  Agent: AgentRow;
  CarrierComplaints: CarrierComplaints;
  CategoryCount: CategoryCount;
  ChannelCount: ChannelCount;
  Customer: CustomerRef;
  DateTime: Scalars['DateTime']['output'];
  DurationStats: DurationStats;
  Float: Scalars['Float']['output'];
  Handoff: HandoffRow;
  Mutation: Record<PropertyKey, never>;
  OpenTicketInput: OpenTicketInput;
  Order: OrderRef;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Product: Product;
  ProductComplaints: ProductComplaints;
  Query: Record<PropertyKey, never>;
  ReasonCount: ReasonCount;
  RoutingRule: RoutingRuleRow;
  Shipment: ShipmentRef;
  SlaPolicy: SlaPolicy;
  Team: TeamRow;
  TeamUnattended: Omit<TeamUnattended, 'team'> & { team: ResolversParentTypes['Team'] };
  Ticket: TicketRow;
  TicketConnection: Omit<TicketConnection, 'edges'> & { edges: Array<ResolversParentTypes['TicketEdge']> };
  TicketEdge: Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] };
  TicketEvent: TicketEventRow;
  TicketKpis: KpiParent;
  TicketMessage: MessageRow;
  TicketMessageConnection: Omit<TicketMessageConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['TicketMessageEdge']>;
  };
  TicketMessageEdge: Omit<TicketMessageEdge, 'node'> & { node: ResolversParentTypes['TicketMessage'] };
  UnattendedTicket: Omit<UnattendedTicket, 'ticket'> & { ticket: ResolversParentTypes['Ticket'] };
  UnattendedTicketConnection: Omit<UnattendedTicketConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['UnattendedTicketEdge']>;
  };
  UnattendedTicketEdge: Omit<UnattendedTicketEdge, 'node'> & { node: ResolversParentTypes['UnattendedTicket'] };
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
}>;

export type AuthorizeDirectiveArgs = {
  anyOf: Array<Array<Scalars['String']['input']>>;
};

export type AuthorizeDirectiveResolver<
  Result,
  Parent,
  ContextType = TicketsContext,
  Args = AuthorizeDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CacheTtlDirectiveArgs = {
  seconds: Scalars['Int']['input'];
};

export type CacheTtlDirectiveResolver<
  Result,
  Parent,
  ContextType = TicketsContext,
  Args = CacheTtlDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PiiDirectiveArgs = {
  kind: PiiKind;
};

export type PiiDirectiveResolver<
  Result,
  Parent,
  ContextType = TicketsContext,
  Args = PiiDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityEventResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['ActivityEvent'] = ResolversParentTypes['ActivityEvent'],
> = ResolversObject<{
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  shipmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ticketId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type AgeBucketResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['AgeBucket'] = ResolversParentTypes['AgeBucket'],
> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toHours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type AgentResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['Agent'] = ResolversParentTypes['Agent'],
> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
}>;

export type CarrierComplaintsResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['CarrierComplaints'] = ResolversParentTypes['CarrierComplaints'],
> = ResolversObject<{
  carrier?: Resolver<ResolversTypes['Carrier'], ParentType, ContextType>;
  tickets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CategoryCountResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['CategoryCount'] = ResolversParentTypes['CategoryCount'],
> = ResolversObject<{
  category?: Resolver<ResolversTypes['TicketCategory'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChannelCountResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['ChannelCount'] = ResolversParentTypes['ChannelCount'],
> = ResolversObject<{
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'],
  FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer'],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Customer']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ticketActivity?: Resolver<Maybe<Array<ResolversTypes['ActivityEvent']>>, ParentType, ContextType>;
  tickets?: Resolver<
    Maybe<ResolversTypes['TicketConnection']>,
    ParentType,
    ContextType,
    RequireFields<CustomerTicketsArgs, 'first'>
  >;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DurationStatsResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['DurationStats'] = ResolversParentTypes['DurationStats'],
> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  median?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type HandoffResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['Handoff'] = ResolversParentTypes['Handoff'],
> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  fromTeam?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HandoffKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toTeam?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
}>;

export type MutationResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = ResolversObject<{
  addMessage?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationAddMessageArgs, 'input'>
  >;
  answerConsultation?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationAnswerConsultationArgs, 'agentId' | 'body' | 'team' | 'ticketId'>
  >;
  assignTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationAssignTicketArgs, 'agentId' | 'ticketId'>
  >;
  consultTeam?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationConsultTeamArgs, 'agentId' | 'question' | 'team' | 'ticketId'>
  >;
  openTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationOpenTicketArgs, 'input'>
  >;
  reopenTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationReopenTicketArgs, 'reason' | 'ticketId'>
  >;
  resolveTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationResolveTicketArgs, 'agentId' | 'resolutionCode' | 'ticketId'>
  >;
  transferTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationTransferTicketArgs, 'agentId' | 'reason' | 'ticketId' | 'toTeam'>
  >;
}>;

export type OrderResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'],
  FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order'],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Order']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tickets?: Resolver<Maybe<Array<ResolversTypes['Ticket']>>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProductResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'],
> = ResolversObject<{
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProductComplaintsResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['ProductComplaints'] = ResolversParentTypes['ProductComplaints'],
> = ResolversObject<{
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  tickets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = ResolversObject<{
  routingRules?: Resolver<Array<ResolversTypes['RoutingRule']>, ParentType, ContextType>;
  slaPolicies?: Resolver<Array<ResolversTypes['SlaPolicy']>, ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketArgs, 'id'>>;
  ticketByNumber?: Resolver<
    Maybe<ResolversTypes['Ticket']>,
    ParentType,
    ContextType,
    RequireFields<QueryTicketByNumberArgs, 'number'>
  >;
  ticketKpis?: Resolver<
    ResolversTypes['TicketKpis'],
    ParentType,
    ContextType,
    RequireFields<QueryTicketKpisArgs, 'from' | 'to'>
  >;
  unattendedSummary?: Resolver<
    Array<ResolversTypes['TeamUnattended']>,
    ParentType,
    ContextType,
    RequireFields<QueryUnattendedSummaryArgs, 'consultWaitingMinutes' | 'dueWithinMinutes'>
  >;
  unattendedTickets?: Resolver<
    ResolversTypes['UnattendedTicketConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryUnattendedTicketsArgs, 'consultWaitingMinutes' | 'dueWithinMinutes' | 'first'>
  >;
}>;

export type ReasonCountResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['ReasonCount'] = ResolversParentTypes['ReasonCount'],
> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['UnattendedReason'], ParentType, ContextType>;
}>;

export type RoutingRuleResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['RoutingRule'] = ResolversParentTypes['RoutingRule'],
> = ResolversObject<{
  category?: Resolver<ResolversTypes['TicketCategory'], ParentType, ContextType>;
  isFallback?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
}>;

export type ShipmentResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment'],
  FederationReferenceType extends FederationReferenceTypes['Shipment'] = FederationReferenceTypes['Shipment'],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Shipment']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tickets?: Resolver<Maybe<Array<ResolversTypes['Ticket']>>, ParentType, ContextType>;
}>;

export type SlaPolicyResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['SlaPolicy'] = ResolversParentTypes['SlaPolicy'],
> = ResolversObject<{
  firstResponseMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  resolutionMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TeamResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'],
> = ResolversObject<{
  agents?: Resolver<Array<ResolversTypes['Agent']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TeamUnattendedResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['TeamUnattended'] = ResolversParentTypes['TeamUnattended'],
> = ResolversObject<{
  byReason?: Resolver<Array<ResolversTypes['ReasonCount']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oldestWaitingSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
}>;

export type TicketResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'],
  FederationReferenceType extends FederationReferenceTypes['Ticket'] = FederationReferenceTypes['Ticket'],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Ticket']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  assignee?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['TicketCategory'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  firstRespondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  firstResponseDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  handoffs?: Resolver<Array<ResolversTypes['Handoff']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['TicketEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messages?: Resolver<
    Maybe<ResolversTypes['TicketMessageConnection']>,
    ParentType,
    ContextType,
    RequireFields<TicketMessagesArgs, 'first'>
  >;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  reopenCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolutionCode?: Resolver<Maybe<ResolversTypes['ResolutionCode']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType>;
  slaBreached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slaDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
}>;

export type TicketConnectionResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['TicketConnection'] = ResolversParentTypes['TicketConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TicketEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TicketEdgeResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['TicketEdge'] = ResolversParentTypes['TicketEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
}>;

export type TicketEventResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['TicketEvent'] = ResolversParentTypes['TicketEvent'],
> = ResolversObject<{
  actedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['TicketStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TicketEventKind'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
}>;

export type TicketKpisResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['TicketKpis'] = ResolversParentTypes['TicketKpis'],
  FederationReferenceType extends FederationReferenceTypes['TicketKpis'] = FederationReferenceTypes['TicketKpis'],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['TicketKpis']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  backlog?: Resolver<Array<ResolversTypes['AgeBucket']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['TicketCategory']>, ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  complaintsByCarrier?: Resolver<Array<ResolversTypes['CarrierComplaints']>, ParentType, ContextType>;
  complaintsByProduct?: Resolver<Array<ResolversTypes['ProductComplaints']>, ParentType, ContextType>;
  consultsPerTicket?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  firstResponseTime?: Resolver<ResolversTypes['DurationStats'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  handoffsPerTicket?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reopenRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resolutionTime?: Resolver<ResolversTypes['DurationStats'], ParentType, ContextType>;
  slaBreachRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  ticketCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  transfersPerTicket?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  volumeByCategory?: Resolver<Array<ResolversTypes['CategoryCount']>, ParentType, ContextType>;
  volumeByChannel?: Resolver<Array<ResolversTypes['ChannelCount']>, ParentType, ContextType>;
}>;

export type TicketMessageResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['TicketMessage'] = ResolversParentTypes['TicketMessage'],
> = ResolversObject<{
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  consultedTeam?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['MessageDirection'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TicketMessageConnectionResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['TicketMessageConnection'] = ResolversParentTypes['TicketMessageConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TicketMessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TicketMessageEdgeResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['TicketMessageEdge'] = ResolversParentTypes['TicketMessageEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TicketMessage'], ParentType, ContextType>;
}>;

export type UnattendedTicketResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['UnattendedTicket'] = ResolversParentTypes['UnattendedTicket'],
> = ResolversObject<{
  reasons?: Resolver<Array<ResolversTypes['UnattendedReason']>, ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
  waitingSince?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type UnattendedTicketConnectionResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['UnattendedTicketConnection'] =
    ResolversParentTypes['UnattendedTicketConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UnattendedTicketEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UnattendedTicketEdgeResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['UnattendedTicketEdge'] = ResolversParentTypes['UnattendedTicketEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UnattendedTicket'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = TicketsContext> = ResolversObject<{
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  AgeBucket?: AgeBucketResolvers<ContextType>;
  Agent?: AgentResolvers<ContextType>;
  CarrierComplaints?: CarrierComplaintsResolvers<ContextType>;
  CategoryCount?: CategoryCountResolvers<ContextType>;
  ChannelCount?: ChannelCountResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DurationStats?: DurationStatsResolvers<ContextType>;
  Handoff?: HandoffResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductComplaints?: ProductComplaintsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReasonCount?: ReasonCountResolvers<ContextType>;
  RoutingRule?: RoutingRuleResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  SlaPolicy?: SlaPolicyResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamUnattended?: TeamUnattendedResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  TicketEvent?: TicketEventResolvers<ContextType>;
  TicketKpis?: TicketKpisResolvers<ContextType>;
  TicketMessage?: TicketMessageResolvers<ContextType>;
  TicketMessageConnection?: TicketMessageConnectionResolvers<ContextType>;
  TicketMessageEdge?: TicketMessageEdgeResolvers<ContextType>;
  UnattendedTicket?: UnattendedTicketResolvers<ContextType>;
  UnattendedTicketConnection?: UnattendedTicketConnectionResolvers<ContextType>;
  UnattendedTicketEdge?: UnattendedTicketEdgeResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = TicketsContext> = ResolversObject<{
  authorize?: AuthorizeDirectiveResolver<any, any, ContextType>;
  cacheTtl?: CacheTtlDirectiveResolver<any, any, ContextType>;
  pii?: PiiDirectiveResolver<any, any, ContextType>;
}>;
