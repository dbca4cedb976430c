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
} from '../data/rows';
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

/** A way a customer talks to us. */
export type Channel = 'CHAT' | 'EMAIL' | 'PHONE' | 'SOCIAL' | 'WEB_FORM';

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
  /** Why. */
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

export type Query = {
  __typename?: 'Query';
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
};

export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};

export type QueryTicketByNumberArgs = {
  number: Scalars['String']['input'];
};

export type Shipment = {
  __typename?: 'Shipment';
  /** Stable id, of the form `shp_<number>`. */
  id: Scalars['ID']['output'];
  /** Tickets raised about this shipment, newest first. */
  tickets: Maybe<Array<Ticket>>;
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
  /** The customer who raised it. */
  customer: Customer;
  /** When the first answer was sent, if it was. */
  firstRespondedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the first answer to the customer is due. */
  firstResponseDueAt: Scalars['DateTime']['output'];
  /** Every transfer to another team and every consultation of one, earliest first. */
  handoffs: Array<Handoff>;
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
  /** One-line subject. */
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

/** One message in a ticket's conversation. */
export type TicketMessage = {
  __typename?: 'TicketMessage';
  /** The agent who wrote it, if an agent did. */
  agent: Maybe<Agent>;
  /** Who wrote it: the customer's name or the agent's. */
  author: Scalars['String']['output'];
  /** The text. */
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
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityEvent: ResolverTypeWrapper<ActivityEvent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Agent: ResolverTypeWrapper<AgentRow>;
  Channel: Channel;
  Customer: ResolverTypeWrapper<CustomerRef>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Handoff: ResolverTypeWrapper<HandoffRow>;
  HandoffKind: HandoffKind;
  MessageDirection: MessageDirection;
  Order: ResolverTypeWrapper<OrderRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Shipment: ResolverTypeWrapper<ShipmentRef>;
  Team: ResolverTypeWrapper<TeamRow>;
  Ticket: ResolverTypeWrapper<TicketRow>;
  TicketCategory: TicketCategory;
  TicketConnection: ResolverTypeWrapper<
    Omit<TicketConnection, 'edges'> & { edges: Array<ResolversTypes['TicketEdge']> }
  >;
  TicketEdge: ResolverTypeWrapper<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>;
  TicketMessage: ResolverTypeWrapper<MessageRow>;
  TicketMessageConnection: ResolverTypeWrapper<
    Omit<TicketMessageConnection, 'edges'> & { edges: Array<ResolversTypes['TicketMessageEdge']> }
  >;
  TicketMessageEdge: ResolverTypeWrapper<Omit<TicketMessageEdge, 'node'> & { node: ResolversTypes['TicketMessage'] }>;
  TicketPriority: TicketPriority;
  TicketStatus: TicketStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityEvent: ActivityEvent;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Agent: AgentRow;
  Customer: CustomerRef;
  Int: Scalars['Int']['output'];
  DateTime: Scalars['DateTime']['output'];
  Handoff: HandoffRow;
  Order: OrderRef;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Shipment: ShipmentRef;
  Team: TeamRow;
  Ticket: TicketRow;
  TicketConnection: Omit<TicketConnection, 'edges'> & { edges: Array<ResolversParentTypes['TicketEdge']> };
  TicketEdge: Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] };
  TicketMessage: MessageRow;
  TicketMessageConnection: Omit<TicketMessageConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['TicketMessageEdge']>;
  };
  TicketMessageEdge: Omit<TicketMessageEdge, 'node'> & { node: ResolversParentTypes['TicketMessage'] };
}>;

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

export type AgentResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['Agent'] = ResolversParentTypes['Agent'],
> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
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

export type QueryResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = ResolversObject<{
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketArgs, 'id'>>;
  ticketByNumber?: Resolver<
    Maybe<ResolversTypes['Ticket']>,
    ParentType,
    ContextType,
    RequireFields<QueryTicketByNumberArgs, 'number'>
  >;
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

export type TeamResolvers<
  ContextType = TicketsContext,
  ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'],
> = ResolversObject<{
  agents?: Resolver<Array<ResolversTypes['Agent']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  firstRespondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  firstResponseDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  handoffs?: Resolver<Array<ResolversTypes['Handoff']>, ParentType, ContextType>;
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

export type Resolvers<ContextType = TicketsContext> = ResolversObject<{
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  Agent?: AgentResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Handoff?: HandoffResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  TicketMessage?: TicketMessageResolvers<ContextType>;
  TicketMessageConnection?: TicketMessageConnectionResolvers<ContextType>;
  TicketMessageEdge?: TicketMessageEdgeResolvers<ContextType>;
}>;
