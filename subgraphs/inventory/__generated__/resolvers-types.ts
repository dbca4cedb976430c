import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProductRow, StockLevelRow, WarehouseRow } from '../data/rows';
import type { InventoryContext } from '../context';
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

/** Something we sell, with its stock in every warehouse. */
export type Product = {
  __typename?: 'Product';
  /** Units available to sell across all warehouses (on hand minus reserved). */
  available: Maybe<Scalars['Int']['output']>;
  /** Product name. */
  name: Scalars['String']['output'];
  /** When the next delivery of the product is expected, if it is out of stock everywhere. */
  nextRestockAt: Maybe<Scalars['DateTime']['output']>;
  /** Whether nothing is available in any warehouse. */
  outOfStock: Maybe<Scalars['Boolean']['output']>;
  /** Stock keeping unit, e.g. `SKU-0001`. */
  sku: Scalars['ID']['output'];
  /** Stock in each warehouse that carries the product. */
  stock: Maybe<Array<StockLevel>>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * The product with this SKU (for example `SKU-0001`). Fails with `NOT_FOUND` when there is none and with
   * `INVALID_IDENTIFIER` when the SKU is not of the form `SKU-<digits>`.
   */
  product: Maybe<Product>;
  /** Every warehouse we ship from. */
  warehouses: Array<Warehouse>;
};

export type QueryProductArgs = {
  sku: Scalars['ID']['input'];
};

/** The stock of one product in one warehouse. */
export type StockLevel = {
  __typename?: 'StockLevel';
  /** Units that can still be sold: onHand − reserved (never below 0). */
  available: Scalars['Int']['output'];
  /** When the next delivery to this warehouse is expected, if nothing is available here. */
  nextRestockAt: Maybe<Scalars['DateTime']['output']>;
  /** Units physically in the warehouse. */
  onHand: Scalars['Int']['output'];
  /** Units held for orders not yet shipped. */
  reserved: Scalars['Int']['output'];
  /** The warehouse. */
  warehouse: Warehouse;
};

/** A warehouse we ship from. */
export type Warehouse = {
  __typename?: 'Warehouse';
  /** City it is in. */
  city: Scalars['String']['output'];
  /** Short code, e.g. `BER`. */
  code: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** Name of the warehouse. */
  name: Scalars['String']['output'];
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
  Product: Product;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Product: { __typename: 'Product' } & GraphQLRecursivePick<FederationTypes['Product'], { sku: true }>;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Product: ResolverTypeWrapper<ProductRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  StockLevel: ResolverTypeWrapper<StockLevelRow>;
  Warehouse: ResolverTypeWrapper<WarehouseRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Product: ProductRow;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  Query: Record<PropertyKey, never>;
  StockLevel: StockLevelRow;
  Warehouse: WarehouseRow;
  Int: Scalars['Int']['output'];
}>;

export type CacheTtlDirectiveArgs = {
  seconds: Scalars['Int']['input'];
};

export type CacheTtlDirectiveResolver<
  Result,
  Parent,
  ContextType = InventoryContext,
  Args = CacheTtlDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ProductResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'],
  FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product'],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Product']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  available?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextRestockAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  outOfStock?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stock?: Resolver<Maybe<Array<ResolversTypes['StockLevel']>>, ParentType, ContextType>;
}>;

export type QueryResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = ResolversObject<{
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'sku'>>;
  warehouses?: Resolver<Array<ResolversTypes['Warehouse']>, ParentType, ContextType>;
}>;

export type StockLevelResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['StockLevel'] = ResolversParentTypes['StockLevel'],
> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextRestockAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type WarehouseResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['Warehouse'] = ResolversParentTypes['Warehouse'],
> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = InventoryContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StockLevel?: StockLevelResolvers<ContextType>;
  Warehouse?: WarehouseResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = InventoryContext> = ResolversObject<{
  cacheTtl?: CacheTtlDirectiveResolver<any, any, ContextType>;
}>;
