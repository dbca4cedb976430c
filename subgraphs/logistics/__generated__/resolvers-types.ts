import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRef, OrderRef, ShipmentRow, TrackingEventRow } from '../data/rows';
import type { LogisticsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** A parcel carrier. */
export type Carrier = 'DHL' | 'DPD' | 'GLS' | 'HERMES' | 'UPS';

export type Customer = {
  __typename?: 'Customer';
  /** Stable id, of the form `cus_<number>`. */
  id: Scalars['ID']['output'];
  /** Shipment events for the customer timeline (internal). */
  shipmentActivity: Maybe<Array<ActivityEvent>>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records what a carrier reported about a parcel: appends a tracking event and moves the shipment to its status
   * (`DELIVERED` also sets `deliveredAt`; `IN_TRANSIT` sets `shippedAt` if it is not set). `INVALID_TRANSITION` once
   * the shipment is `DELIVERED` or `RETURNED`; `NOT_FOUND` when no shipment has the tracking number;
   * `BAD_USER_INPUT` for an empty or too long description or location.
   */
  recordShipmentEvent: Shipment;
};

export type MutationRecordShipmentEventArgs = {
  input: RecordShipmentEventInput;
};

export type Order = {
  __typename?: 'Order';
  /** Stable id, of the form `ord_<number>`. */
  id: Scalars['ID']['output'];
  /** The parcels sent for this order, the first one first. */
  shipments: Maybe<Array<Shipment>>;
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
   * The shipment with this id (for example `shp_1`). Fails with `NOT_FOUND` when there is none and with
   * `INVALID_IDENTIFIER` when the id is not of the form `shp_<number>`.
   */
  shipment: Maybe<Shipment>;
  /**
   * The shipment with this carrier tracking number (case-insensitive, spaces ignored). Fails with `NOT_FOUND` when
   * there is none and with `INVALID_IDENTIFIER` when it is not 8 to 30 letters and digits.
   */
  shipmentByTrackingNumber: Maybe<Shipment>;
};

export type QueryShipmentArgs = {
  id: Scalars['ID']['input'];
};

export type QueryShipmentByTrackingNumberArgs = {
  trackingNumber: Scalars['String']['input'];
};

/** What a carrier reported about one parcel. */
export type RecordShipmentEventInput = {
  /** What the carrier said (1 to 500 characters). */
  description: Scalars['String']['input'];
  /** Where it happened, e.g. `Leipzig hub` (at most 200 characters). */
  location?: InputMaybe<Scalars['String']['input']>;
  /** The shipment's status after the event. */
  status: ShipmentStatus;
  /** The carrier's tracking number, e.g. `DHL00012345678` (spaces and case are ignored; at most 64 characters, longer fails with `INVALID_IDENTIFIER`). */
  trackingNumber: Scalars['String']['input'];
};

/** A parcel handed to a carrier. */
export type Shipment = {
  __typename?: 'Shipment';
  /** Who carries it. */
  carrier: Carrier;
  /**
   * The customer it is addressed to. Null, with a `NOT_FOUND` error at this field, when crm does not know the
   * customer: the shipment and any list it is in stay.
   */
  customer: Maybe<Customer>;
  /** When it was delivered, if it was. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** When the carrier expects to deliver it. */
  estimatedDeliveryAt: Maybe<Scalars['DateTime']['output']>;
  /** Every scan and status change the carrier reported, earliest first. */
  events: Array<TrackingEvent>;
  /** Stable id, of the form `shp_<number>`. */
  id: Scalars['ID']['output'];
  /**
   * The order it belongs to. Null, with a `NOT_FOUND` error at this field, when orders does not know the order: the
   * shipment and any list it is in stay.
   */
  order: Maybe<Order>;
  /** When it was handed to the carrier. */
  shippedAt: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands, from the latest tracking event. */
  status: ShipmentStatus;
  /** The carrier's tracking number. */
  trackingNumber: Scalars['String']['output'];
};

/** Where a shipment stands. */
export type ShipmentStatus =
  /** Handed to the recipient. */
  | 'DELIVERED'
  /** Delivery attempt failed or parcel held. */
  | 'EXCEPTION'
  /** With the carrier, on its way. */
  | 'IN_TRANSIT'
  /** Label created, not yet with the carrier. */
  | 'LABEL_CREATED'
  /** The carrier declared it lost. */
  | 'LOST'
  /** On the delivery vehicle today. */
  | 'OUT_FOR_DELIVERY'
  /** On its way back to us. */
  | 'RETURNED';

/** One scan or status change reported by the carrier. */
export type TrackingEvent = {
  __typename?: 'TrackingEvent';
  /** What the carrier said (free text: masked for callers without `pii:read`). */
  description: Scalars['String']['output'];
  /** Stable id of the event. */
  id: Scalars['ID']['output'];
  /** Where it happened, e.g. `Leipzig hub` (free text: masked for callers without `pii:read`). */
  location: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The shipment status after this event. */
  status: ShipmentStatus;
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer: { __typename: 'Customer' } & GraphQLRecursivePick<FederationTypes['Customer'], { id: true }>;
  Order: { __typename: 'Order' } & GraphQLRecursivePick<FederationTypes['Order'], { id: true }>;
  Shipment: { __typename: 'Shipment' } & (
    | GraphQLRecursivePick<FederationTypes['Shipment'], { id: true }>
    | GraphQLRecursivePick<FederationTypes['Shipment'], { trackingNumber: true }>
  );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityEvent: ResolverTypeWrapper<ActivityEvent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Carrier: Carrier;
  Customer: ResolverTypeWrapper<CustomerRef>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRef>;
  PiiKind: PiiKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordShipmentEventInput: RecordShipmentEventInput;
  Shipment: ResolverTypeWrapper<ShipmentRow>;
  ShipmentStatus: ShipmentStatus;
  TrackingEvent: ResolverTypeWrapper<TrackingEventRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityEvent: ActivityEvent;
  ID: Scalars['ID']['output'];
  Customer: CustomerRef;
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  Order: OrderRef;
  Query: Record<PropertyKey, never>;
  RecordShipmentEventInput: RecordShipmentEventInput;
  Shipment: ShipmentRow;
  TrackingEvent: TrackingEventRow;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
}>;

export type AuthorizeDirectiveArgs = {
  anyOf: Array<Array<Scalars['String']['input']>>;
};

export type AuthorizeDirectiveResolver<
  Result,
  Parent,
  ContextType = LogisticsContext,
  Args = AuthorizeDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CacheTtlDirectiveArgs = {
  seconds: Scalars['Int']['input'];
};

export type CacheTtlDirectiveResolver<
  Result,
  Parent,
  ContextType = LogisticsContext,
  Args = CacheTtlDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PiiDirectiveArgs = {
  kind: PiiKind;
};

export type PiiDirectiveResolver<
  Result,
  Parent,
  ContextType = LogisticsContext,
  Args = PiiDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityEventResolvers<
  ContextType = LogisticsContext,
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

export type CustomerResolvers<
  ContextType = LogisticsContext,
  ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'],
  FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer'],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Customer']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shipmentActivity?: Resolver<Maybe<Array<ResolversTypes['ActivityEvent']>>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<
  ContextType = LogisticsContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = ResolversObject<{
  recordShipmentEvent?: Resolver<
    ResolversTypes['Shipment'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordShipmentEventArgs, 'input'>
  >;
}>;

export type OrderResolvers<
  ContextType = LogisticsContext,
  ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'],
  FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order'],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Order']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shipments?: Resolver<Maybe<Array<ResolversTypes['Shipment']>>, ParentType, ContextType>;
}>;

export type QueryResolvers<
  ContextType = LogisticsContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = ResolversObject<{
  shipment?: Resolver<
    Maybe<ResolversTypes['Shipment']>,
    ParentType,
    ContextType,
    RequireFields<QueryShipmentArgs, 'id'>
  >;
  shipmentByTrackingNumber?: Resolver<
    Maybe<ResolversTypes['Shipment']>,
    ParentType,
    ContextType,
    RequireFields<QueryShipmentByTrackingNumberArgs, 'trackingNumber'>
  >;
}>;

export type ShipmentResolvers<
  ContextType = LogisticsContext,
  ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment'],
  FederationReferenceType extends FederationReferenceTypes['Shipment'] = FederationReferenceTypes['Shipment'],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Shipment']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  carrier?: Resolver<ResolversTypes['Carrier'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  estimatedDeliveryAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['TrackingEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  shippedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShipmentStatus'], ParentType, ContextType>;
  trackingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TrackingEventResolvers<
  ContextType = LogisticsContext,
  ParentType extends ResolversParentTypes['TrackingEvent'] = ResolversParentTypes['TrackingEvent'],
> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShipmentStatus'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = LogisticsContext> = ResolversObject<{
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  TrackingEvent?: TrackingEventResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = LogisticsContext> = ResolversObject<{
  authorize?: AuthorizeDirectiveResolver<any, any, ContextType>;
  cacheTtl?: CacheTtlDirectiveResolver<any, any, ContextType>;
  pii?: PiiDirectiveResolver<any, any, ContextType>;
}>;
