import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRow, AddressRow, NoteRow, TimelineEntryRow, EntityRef } from '../data/rows';
import type { CrmContext } from '../context';
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

/** A note to write on a customer. */
export type AddCustomerNoteInput = {
  /** The note (1 to 10000 characters, trimmed). */
  body: Scalars['String']['input'];
  /** The customer (`cus_<number>`, at most 64 characters, longer fails with `INVALID_IDENTIFIER`); `NOT_FOUND` when there is none. */
  customerId: Scalars['ID']['input'];
  /**
   * Optional: a key the client makes up once per note (8 to 200 characters, e.g. a UUID) and sends again unchanged
   * when it retries. The same key with the same customer and body answers the note the first request wrote and writes
   * nothing again; with another customer or body it fails with `IDEMPOTENCY_KEY_REUSED`. Keys are the caller's own.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** A postal address. */
export type Address = {
  __typename?: 'Address';
  /** City. */
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** Whether this is the default shipping address. */
  isDefault: Scalars['Boolean']['output'];
  /** What the customer calls it, e.g. `Home`. */
  label: Scalars['String']['output'];
  /** Postal code. */
  postalCode: Scalars['String']['output'];
  /** Street and house number. Masked for callers without the `pii:read` scope. */
  street: Scalars['String']['output'];
};

/** A note an agent wrote about a customer. */
export type AgentNote = {
  __typename?: 'AgentNote';
  /** Who wrote it: the agent's name on imported notes, the writer's user id (`agt_7`) on notes from `addCustomerNote`. */
  author: Scalars['String']['output'];
  /** The note itself. Personal data in it is masked for callers without the `pii:read` scope. */
  body: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable id of the note. */
  id: Scalars['ID']['output'];
};

/** A page of agent notes. */
export type AgentNoteConnection = {
  __typename?: 'AgentNoteConnection';
  /** The notes on this page. */
  edges: Array<AgentNoteEdge>;
  /** Where this page ends and whether there is another. */
  pageInfo: PageInfo;
  /** How many notes there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An agent note and its cursor. */
export type AgentNoteEdge = {
  __typename?: 'AgentNoteEdge';
  /** Pass this as `after` to get the notes after this one. */
  cursor: Scalars['String']['output'];
  /** The note. */
  node: AgentNote;
};

/** A way a customer talks to us. */
export type Channel = 'CHAT' | 'EMAIL' | 'PHONE' | 'SOCIAL' | 'WEB_FORM';

/** A person who buys from us. The profile and the agents' notes live in CRM; every other system adds what it knows. */
export type Customer = {
  __typename?: 'Customer';
  /** Postal addresses, the default one first. */
  addresses: Array<Address>;
  /** When the customer record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** E-mail address. Masked for callers without the `pii:read` scope. */
  email: Scalars['String']['output'];
  /** Stable id, of the form `cus_<number>`. */
  id: Scalars['ID']['output'];
  /** Full name as the customer gave it. */
  name: Scalars['String']['output'];
  /** Notes agents wrote about this customer, newest first. */
  notes: Maybe<AgentNoteConnection>;
  /** Activity contributed by the orders system (internal: feeds `timeline`). */
  orderActivity: Maybe<Array<ActivityEvent>>;
  /** Phone number in E.164 form, if we have one. Masked for callers without the `pii:read` scope. */
  phone: Maybe<Scalars['String']['output']>;
  /** The channel the customer prefers us to answer on. */
  preferredChannel: Channel;
  /** Activity contributed by the logistics system (internal: feeds `timeline`). */
  shipmentActivity: Maybe<Array<ActivityEvent>>;
  /** Activity contributed by the tickets system (internal: feeds `timeline`). */
  ticketActivity: Maybe<Array<ActivityEvent>>;
  /** Loyalty tier. */
  tier: CustomerTier;
  /**
   * Everything that happened to this customer across CRM, orders, logistics and tickets, in one chronological feed.
   * Newest first by default. Each entry names the system it came from.
   */
  timeline: Maybe<TimelineConnection>;
};

/** A person who buys from us. The profile and the agents' notes live in CRM; every other system adds what it knows. */
export type CustomerNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A person who buys from us. The profile and the agents' notes live in CRM; every other system adds what it knows. */
export type CustomerTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<TimelineOrder>;
  systems?: InputMaybe<Array<SourceSystem>>;
};

/** A page of customers. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The customers on this page. */
  edges: Array<CustomerEdge>;
  /** Where this page ends and whether there is another. */
  pageInfo: PageInfo;
  /** How many customers there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A customer and its cursor. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Pass this as `after` to get the customers after this one. */
  cursor: Scalars['String']['output'];
  /** The customer. */
  node: Customer;
};

/** Loyalty tier of a customer. */
export type CustomerTier = 'GOLD' | 'PLATINUM' | 'SILVER' | 'STANDARD';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Writes a note on a customer, as the caller: the note's `author` is the caller's user id (for example `agt_7`). It
   * shows in `Customer.notes` and the customer's timeline at once. Needs `tickets:write` (agents and supervisors). `NOT_FOUND` when no customer has `customerId`,
   * `INVALID_IDENTIFIER` when it is not of the form `cus_<number>`, `BAD_USER_INPUT` for an empty or too long body.
   * Send an `idempotencyKey` to make a retry safe (see `AddCustomerNoteInput.idempotencyKey`).
   */
  addCustomerNote: AgentNote;
};

export type MutationAddCustomerNoteArgs = {
  input: AddCustomerNoteInput;
};

export type Order = {
  __typename?: 'Order';
  id: Scalars['ID']['output'];
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

export type Query = {
  __typename?: 'Query';
  /**
   * The customer with this id (for example `cus_1`). Fails with `NOT_FOUND` when no customer has it and with
   * `INVALID_IDENTIFIER` when the id is not of the form `cus_<number>`.
   */
  customer: Maybe<Customer>;
  /**
   * The customer with this e-mail address (case-insensitive). Fails with `NOT_FOUND` when nobody has it. Needs the
   * `pii:read` scope (`FORBIDDEN` otherwise: finding a customer by an address unmasks it), and every lookup is
   * written to crm's audit log (`crm.pii_lookup_audit`: who, when, hit or miss, never the address). Never cached, so
   * every lookup reaches crm and its log.
   */
  customerByEmail: Maybe<Customer>;
  /**
   * The customer with this phone number, in E.164 form (`+4930123456`); spaces, dashes and brackets are ignored.
   * Fails with `NOT_FOUND` when nobody has it. Needs the `pii:read` scope and is audited, like `customerByEmail`.
   */
  customerByPhone: Maybe<Customer>;
  /** All customers, newest first. Page with `first` (at most 100) and `after` (a cursor from `pageInfo.endCursor`). */
  customers: CustomerConnection;
};

export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};

export type QueryCustomerByEmailArgs = {
  email: Scalars['String']['input'];
};

export type QueryCustomerByPhoneArgs = {
  phone: Scalars['String']['input'];
};

export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Shipment = {
  __typename?: 'Shipment';
  id: Scalars['ID']['output'];
};

/** The system an event or record comes from. */
export type SourceSystem = 'CRM' | 'INVENTORY' | 'LOGISTICS' | 'ORDERS' | 'TICKETS';

export type Ticket = {
  __typename?: 'Ticket';
  id: Scalars['ID']['output'];
};

/** A page of the customer timeline. */
export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  /** The entries on this page. */
  edges: Array<TimelineEdge>;
  /** Where this page ends and whether there is another. */
  pageInfo: PageInfo;
  /** How many entries the timeline has in all (with the `systems` filter applied). */
  totalCount: Scalars['Int']['output'];
};

/** A timeline entry and its cursor. */
export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  /** Pass this as `after` to get the entries after this one. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: TimelineEntry;
};

/** One thing that happened to a customer. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** The channel it happened on, for ticket messages and hand-offs. */
  channel: Maybe<Channel>;
  /** Stable id of the entry, unique across systems (e.g. `orders:ord_7:placed`). */
  id: Scalars['ID']['output'];
  /** What kind of thing happened. */
  kind: TimelineEventKind;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The order it concerns, if any. */
  order: Maybe<Order>;
  /** The shipment it concerns, if any. */
  shipment: Maybe<Shipment>;
  /** A one-line, human-readable description. Personal data in it is masked for callers without the `pii:read` scope. */
  summary: Scalars['String']['output'];
  /** The system that recorded it. */
  system: SourceSystem;
  /** The ticket it concerns, if any. */
  ticket: Maybe<Ticket>;
};

/** What kind of thing happened. */
export type TimelineEventKind =
  | 'NOTE_ADDED'
  | 'ORDER_CANCELLED'
  | 'ORDER_PAID'
  | 'ORDER_PLACED'
  | 'ORDER_REFUNDED'
  | 'SHIPMENT_EVENT'
  | 'TICKET_HANDOFF'
  | 'TICKET_MESSAGE'
  | 'TICKET_OPENED'
  | 'TICKET_RESOLVED';

/** Which way the timeline runs. */
export type TimelineOrder =
  /** Latest event first (the default). */
  | 'NEWEST_FIRST'
  /** Earliest event first. */
  | 'OLDEST_FIRST';

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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer: { __typename: 'Customer' } & GraphQLRecursivePick<FederationTypes['Customer'], { id: true }> &
    (
      | Record<PropertyKey, never>
      | GraphQLRecursivePick<
          FederationTypes['Customer'],
          {
            orderActivity: {
              id: true;
              occurredAt: true;
              kind: true;
              summary: true;
              orderId: true;
              shipmentId: true;
              ticketId: true;
              channel: true;
            };
            shipmentActivity: {
              id: true;
              occurredAt: true;
              kind: true;
              summary: true;
              orderId: true;
              shipmentId: true;
              ticketId: true;
              channel: true;
            };
            ticketActivity: {
              id: true;
              occurredAt: true;
              kind: true;
              summary: true;
              orderId: true;
              shipmentId: true;
              ticketId: true;
              channel: true;
            };
          }
        >
    );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityEvent: ResolverTypeWrapper<ActivityEvent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddCustomerNoteInput: AddCustomerNoteInput;
  Address: ResolverTypeWrapper<AddressRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AgentNote: ResolverTypeWrapper<NoteRow>;
  AgentNoteConnection: ResolverTypeWrapper<
    Omit<AgentNoteConnection, 'edges'> & { edges: Array<ResolversTypes['AgentNoteEdge']> }
  >;
  AgentNoteEdge: ResolverTypeWrapper<Omit<AgentNoteEdge, 'node'> & { node: ResolversTypes['AgentNote'] }>;
  Channel: Channel;
  Customer: ResolverTypeWrapper<CustomerRow>;
  CustomerConnection: ResolverTypeWrapper<
    Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerEdge']> }
  >;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerTier: CustomerTier;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<EntityRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PiiKind: PiiKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Shipment: ResolverTypeWrapper<EntityRef>;
  SourceSystem: SourceSystem;
  Ticket: ResolverTypeWrapper<EntityRef>;
  TimelineConnection: ResolverTypeWrapper<
    Omit<TimelineConnection, 'edges'> & { edges: Array<ResolversTypes['TimelineEdge']> }
  >;
  TimelineEdge: ResolverTypeWrapper<Omit<TimelineEdge, 'node'> & { node: ResolversTypes['TimelineEntry'] }>;
  TimelineEntry: ResolverTypeWrapper<TimelineEntryRow>;
  TimelineEventKind: TimelineEventKind;
  TimelineOrder: TimelineOrder;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityEvent: ActivityEvent;
  ID: Scalars['ID']['output'];
  AddCustomerNoteInput: AddCustomerNoteInput;
  Address: AddressRow;
  Boolean: Scalars['Boolean']['output'];
  AgentNote: NoteRow;
  AgentNoteConnection: Omit<AgentNoteConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgentNoteEdge']> };
  AgentNoteEdge: Omit<AgentNoteEdge, 'node'> & { node: ResolversParentTypes['AgentNote'] };
  Customer: CustomerRow;
  CustomerConnection: Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerEdge']> };
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  Order: EntityRef;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Shipment: EntityRef;
  Ticket: EntityRef;
  TimelineConnection: Omit<TimelineConnection, 'edges'> & { edges: Array<ResolversParentTypes['TimelineEdge']> };
  TimelineEdge: Omit<TimelineEdge, 'node'> & { node: ResolversParentTypes['TimelineEntry'] };
  TimelineEntry: TimelineEntryRow;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
}>;

export type AuthorizeDirectiveArgs = {
  anyOf: Array<Array<Scalars['String']['input']>>;
};

export type AuthorizeDirectiveResolver<
  Result,
  Parent,
  ContextType = CrmContext,
  Args = AuthorizeDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CacheTtlDirectiveArgs = {
  seconds: Scalars['Int']['input'];
};

export type CacheTtlDirectiveResolver<
  Result,
  Parent,
  ContextType = CrmContext,
  Args = CacheTtlDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PiiDirectiveArgs = {
  kind: PiiKind;
};

export type PiiDirectiveResolver<
  Result,
  Parent,
  ContextType = CrmContext,
  Args = PiiDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityEventResolvers<
  ContextType = CrmContext,
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

export type AddressResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address'],
> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AgentNoteResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['AgentNote'] = ResolversParentTypes['AgentNote'],
> = ResolversObject<{
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AgentNoteConnectionResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['AgentNoteConnection'] = ResolversParentTypes['AgentNoteConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgentNoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgentNoteEdgeResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['AgentNoteEdge'] = ResolversParentTypes['AgentNoteEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgentNote'], ParentType, ContextType>;
}>;

export type CustomerResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'],
  FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer'],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Customer']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  addresses?: Resolver<Array<ResolversTypes['Address']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<
    Maybe<ResolversTypes['AgentNoteConnection']>,
    ParentType,
    ContextType,
    RequireFields<CustomerNotesArgs, 'first'>
  >;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredChannel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['CustomerTier'], ParentType, ContextType>;
  timeline?: Resolver<
    Maybe<ResolversTypes['TimelineConnection']>,
    ParentType,
    ContextType,
    RequireFields<CustomerTimelineArgs, 'first' | 'order'>
  >;
}>;

export type CustomerConnectionResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerEdgeResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = ResolversObject<{
  addCustomerNote?: Resolver<
    ResolversTypes['AgentNote'],
    ParentType,
    ContextType,
    RequireFields<MutationAddCustomerNoteArgs, 'input'>
  >;
}>;

export type OrderResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'],
> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = ResolversObject<{
  customer?: Resolver<
    Maybe<ResolversTypes['Customer']>,
    ParentType,
    ContextType,
    RequireFields<QueryCustomerArgs, 'id'>
  >;
  customerByEmail?: Resolver<
    Maybe<ResolversTypes['Customer']>,
    ParentType,
    ContextType,
    RequireFields<QueryCustomerByEmailArgs, 'email'>
  >;
  customerByPhone?: Resolver<
    Maybe<ResolversTypes['Customer']>,
    ParentType,
    ContextType,
    RequireFields<QueryCustomerByPhoneArgs, 'phone'>
  >;
  customers?: Resolver<
    ResolversTypes['CustomerConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryCustomersArgs, 'first'>
  >;
}>;

export type ShipmentResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment'],
> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TicketResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'],
> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TimelineConnectionResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimelineEdgeResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineEntry'], ParentType, ContextType>;
}>;

export type TimelineEntryResolvers<
  ContextType = CrmContext,
  ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry'],
> = ResolversObject<{
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEventKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CrmContext> = ResolversObject<{
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  Address?: AddressResolvers<ContextType>;
  AgentNote?: AgentNoteResolvers<ContextType>;
  AgentNoteConnection?: AgentNoteConnectionResolvers<ContextType>;
  AgentNoteEdge?: AgentNoteEdgeResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = CrmContext> = ResolversObject<{
  authorize?: AuthorizeDirectiveResolver<any, any, ContextType>;
  cacheTtl?: CacheTtlDirectiveResolver<any, any, ContextType>;
  pii?: PiiDirectiveResolver<any, any, ContextType>;
}>;
