import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRef, OrderRow, OrderLineRow, PaymentRow, RefundRow, ProductRef } from '../data/rows';
import type { OrdersContext } from '../context';
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

export type Customer = {
  __typename?: 'Customer';
  /** Stable id, of the form `cus_<number>`. */
  id: Scalars['ID']['output'];
  /** What the customer has paid us in all, less refunds, one amount per currency (cancelled orders excluded). */
  lifetimeValue: Maybe<Array<Money>>;
  /** Order events for the customer timeline (internal). */
  orderActivity: Maybe<Array<ActivityEvent>>;
  /** How many orders the customer has placed (cancelled ones included). */
  orderCount: Maybe<Scalars['Int']['output']>;
  /** The customer's orders, newest first. Page with `first` (at most 100) and `after`. */
  orders: Maybe<OrderConnection>;
};

export type CustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An amount of money. Never a float: `amount` is a decimal string, `minorUnits` an integer count of cents. */
export type Money = {
  __typename?: 'Money';
  /** The amount as a decimal string with two decimals, e.g. `129.90`. */
  amount: Scalars['String']['output'];
  /** ISO 4217 currency code, e.g. `EUR`. */
  currency: Scalars['String']['output'];
  /** The amount in minor units (cents), e.g. `12990`. */
  minorUnits: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Cancels an order that has not shipped yet (`PENDING` or `PAID`): its status becomes `CANCELLED`, and it no longer
   * counts towards the customer's lifetime value. `INVALID_TRANSITION` for an order that has shipped, was delivered,
   * or is cancelled or refunded already; `INVALID_IDENTIFIER` or `NOT_FOUND` for a bad `orderId`.
   */
  cancelOrder: Order;
};

export type MutationCancelOrderArgs = {
  orderId: Scalars['ID']['input'];
};

/** An order a customer placed. */
export type Order = {
  __typename?: 'Order';
  /** ISO 4217 currency code of every amount on the order. */
  currency: Scalars['String']['output'];
  /**
   * The customer who placed it. Null, with a `NOT_FOUND` error at this field, when crm does not know the customer:
   * the order and any list it is in stay.
   */
  customer: Maybe<Customer>;
  /** Stable id, of the form `ord_<number>`. */
  id: Scalars['ID']['output'];
  /** What was ordered. */
  lines: Array<OrderLine>;
  /** The number the customer sees on their confirmation, e.g. `ORD-100001`. */
  number: Scalars['String']['output'];
  /** Payments taken for the order. */
  payments: Array<Payment>;
  /** When the order was placed. */
  placedAt: Scalars['DateTime']['output'];
  /** Refunds given for the order. */
  refunds: Array<Refund>;
  /** Where the order stands. */
  status: OrderStatus;
  /** What the customer pays for the order. */
  total: Money;
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders on this page. */
  edges: Array<OrderEdge>;
  /** Where this page ends and whether there is another. */
  pageInfo: PageInfo;
  /** How many orders there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An order and its cursor. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Pass this as `after` to get the orders after this one. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** One product on an order. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Stable id of the line. */
  id: Scalars['ID']['output'];
  /** quantity × unitPrice. */
  lineTotal: Money;
  /**
   * The product ordered. Null, with a `NOT_FOUND` error at this field, when inventory does not know the product: the
   * line and the order's other lines stay.
   */
  product: Maybe<Product>;
  /** How many were ordered. */
  quantity: Scalars['Int']['output'];
  /** Price of one unit. */
  unitPrice: Money;
};

/** Where an order stands. */
export type OrderStatus =
  /** Cancelled before shipping. */
  | 'CANCELLED'
  /** Every shipment delivered. */
  | 'DELIVERED'
  /** Paid, waiting to be shipped (or for stock). */
  | 'PAID'
  /** Placed, not yet paid. */
  | 'PENDING'
  /** Refunded in full. */
  | 'REFUNDED'
  /** At least partly handed to a carrier. */
  | 'SHIPPED';

/** Where a page ends and whether there is another one. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether there are more items after this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A payment taken for an order. */
export type Payment = {
  __typename?: 'Payment';
  /** The amount paid. */
  amount: Money;
  /** When it was taken. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable id of the payment. */
  id: Scalars['ID']['output'];
  /** How the customer paid. */
  method: PaymentMethod;
  /** Whether the payment went through. */
  status: PaymentStatus;
};

/** How a customer paid. */
export type PaymentMethod = 'CARD' | 'GIFT_CARD' | 'INVOICE' | 'PAYPAL';

/** Whether a payment went through. */
export type PaymentStatus = 'AUTHORIZED' | 'CAPTURED' | 'FAILED';

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

export type Query = {
  __typename?: 'Query';
  /**
   * The order with this id (for example `ord_1`). Fails with `NOT_FOUND` when there is none and with
   * `INVALID_IDENTIFIER` when the id is not of the form `ord_<number>`.
   */
  order: Maybe<Order>;
  /**
   * The order with this customer-facing number (for example `ORD-100001`). Fails with `NOT_FOUND` when there is none
   * and with `INVALID_IDENTIFIER` when the number is not of the form `ORD-<digits>`.
   */
  orderByNumber: Maybe<Order>;
};

export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};

export type QueryOrderByNumberArgs = {
  number: Scalars['String']['input'];
};

/** Money given back for an order. */
export type Refund = {
  __typename?: 'Refund';
  /** The amount refunded. */
  amount: Money;
  /** When it was refunded. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable id of the refund. */
  id: Scalars['ID']['output'];
  /** Why it was refunded, as the agent wrote it (free text: masked for callers without `pii:read`). */
  reason: Scalars['String']['output'];
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer: { __typename: 'Customer' } & GraphQLRecursivePick<FederationTypes['Customer'], { id: true }>;
  Order: { __typename: 'Order' } & (
    | GraphQLRecursivePick<FederationTypes['Order'], { id: true }>
    | GraphQLRecursivePick<FederationTypes['Order'], { number: true }>
  );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityEvent: ResolverTypeWrapper<ActivityEvent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Customer: ResolverTypeWrapper<CustomerRef>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRow>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderLine: ResolverTypeWrapper<OrderLineRow>;
  OrderStatus: OrderStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Payment: ResolverTypeWrapper<PaymentRow>;
  PaymentMethod: PaymentMethod;
  PaymentStatus: PaymentStatus;
  PiiKind: PiiKind;
  Product: ResolverTypeWrapper<ProductRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Refund: ResolverTypeWrapper<RefundRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityEvent: ActivityEvent;
  ID: Scalars['ID']['output'];
  Customer: CustomerRef;
  DateTime: Scalars['DateTime']['output'];
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Order: OrderRow;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderLine: OrderLineRow;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Payment: PaymentRow;
  Product: ProductRef;
  Query: Record<PropertyKey, never>;
  Refund: RefundRow;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
}>;

export type AuthorizeDirectiveArgs = {
  anyOf: Array<Array<Scalars['String']['input']>>;
};

export type AuthorizeDirectiveResolver<
  Result,
  Parent,
  ContextType = OrdersContext,
  Args = AuthorizeDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CacheTtlDirectiveArgs = {
  seconds: Scalars['Int']['input'];
};

export type CacheTtlDirectiveResolver<
  Result,
  Parent,
  ContextType = OrdersContext,
  Args = CacheTtlDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PiiDirectiveArgs = {
  kind: PiiKind;
};

export type PiiDirectiveResolver<
  Result,
  Parent,
  ContextType = OrdersContext,
  Args = PiiDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityEventResolvers<
  ContextType = OrdersContext,
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
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'],
  FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer'],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Customer']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lifetimeValue?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
  orderActivity?: Resolver<Maybe<Array<ResolversTypes['ActivityEvent']>>, ParentType, ContextType>;
  orderCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orders?: Resolver<
    Maybe<ResolversTypes['OrderConnection']>,
    ParentType,
    ContextType,
    RequireFields<CustomerOrdersArgs, 'first'>
  >;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MoneyResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money'],
> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minorUnits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = ResolversObject<{
  cancelOrder?: Resolver<
    ResolversTypes['Order'],
    ParentType,
    ContextType,
    RequireFields<MutationCancelOrderArgs, 'orderId'>
  >;
}>;

export type OrderResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'],
  FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order'],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Order']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refunds?: Resolver<Array<ResolversTypes['Refund']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type OrderLineResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine'],
> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment'],
> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
}>;

export type ProductResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'],
> = ResolversObject<{
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = ResolversObject<{
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orderByNumber?: Resolver<
    Maybe<ResolversTypes['Order']>,
    ParentType,
    ContextType,
    RequireFields<QueryOrderByNumberArgs, 'number'>
  >;
}>;

export type RefundResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['Refund'] = ResolversParentTypes['Refund'],
> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = OrdersContext> = ResolversObject<{
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Refund?: RefundResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = OrdersContext> = ResolversObject<{
  authorize?: AuthorizeDirectiveResolver<any, any, ContextType>;
  cacheTtl?: CacheTtlDirectiveResolver<any, any, ContextType>;
  pii?: PiiDirectiveResolver<any, any, ContextType>;
}>;
