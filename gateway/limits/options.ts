/** What the gateway refuses before it plans an operation or calls a subgraph. */
export interface RequestLimits {
  /** Deepest field nesting an operation may have, counted through fragments (`{ a { b } }` is 2). */
  maxDepth: number;
  /** Aliased fields per operation, counted through fragments (each use of a fragment counts again). */
  maxAliases: number;
  /** Fields selected at the root of an operation (`customer`, `order`…), aliases included. */
  maxRootFields: number;
  /** Directives per operation (`@include`, `@skip`…), counted through fragments (each use counts again). */
  maxDirectives: number;
  /** Lexical tokens per document, enforced while parsing (graphql-js `parse(source, { maxTokens })`). */
  maxTokens: number;
  /**
   * Largest estimated cost of one operation; see maxCostRule.ts for the model. The default admits the heaviest
   * operation our own tests send (the whole story of a customer with every page at 100: 154,929, nPlusOne.test.ts;
   * the saved customerStory with its defaults costs 17,925) and refuses two nested pages of 100 around a list.
   */
  maxCost: number;
  /** Page size assumed for a list without a `first` argument, default or variable default (see maxCostRule.ts). */
  defaultListSize: number;
  /**
   * Page size assumed for `first: $variable` without a default: the subgraphs reject larger pages
   * (PAGE_SIZE_TOO_LARGE, MAX_PAGE_SIZE in subgraphs/shared/pagination.ts), so this is the worst case.
   */
  maxPageSize: number;
  /** Operations per HTTP request; above 1 turns Apollo's batching on. */
  maxBatch: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /**
   * Longest string one variable or literal may hold, in characters (UTF-16 code units). The longest text the
   * subgraphs take is a message body of 10,000 characters; identifiers have 64 at most. Refused with
   * STRING_TOO_LONG before planning, so a megabyte value never travels to a subgraph.
   */
  maxStringLength: number;
  /** Whether `__schema` / `__type` queries are answered (the playground's docs need them). */
  introspection: boolean;
  /** Whether "Did you mean …?" suggestions, which reveal field names, are removed from validation errors. */
  hideSchemaDetails: boolean;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 20,
  maxDirectives: 50,
  maxTokens: 5_000,
  maxCost: 200_000,
  defaultListSize: 10,
  maxPageSize: 100,
  maxBatch: 1,
  maxBodyBytes: 1_048_576,
  maxStringLength: 16_384,
  introspection: true,
  hideSchemaDetails: false,
};

/** Production hides the schema from strangers: no introspection, no suggestions. */
export function defaultRequestLimits(nodeEnv: string | undefined): RequestLimits {
  const production = nodeEnv === 'production';
  return { ...DEFAULT_REQUEST_LIMITS, introspection: !production, hideSchemaDetails: production };
}
