import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { subgraphTag } from '../../../platform/changeEvents';
import type { GatewayContext } from '../../context';
import type { AnswerSources } from '../../responseCache';
import type { CachePolicy } from './cachePolicy';
import { entityKey, fetchKey, visibilityOf } from './cacheKey';
import type { CacheEntry, CacheStore } from './CacheStore';
import { fetchShape } from './fetchShape';
import type { FetchShape } from './fetchShape';
import { mergeEntities } from './mergeEntities';
import { representationTags } from './representationTags';

/** The layers below the cache: what a miss is fetched with. */
export type FetchMisses = (options: GraphQLDataSourceProcessOptions) => Promise<GatewayGraphQLResponse>;

export interface EntityCacheOptions {
  store: CacheStore;
  policy: CachePolicy;
  /** Hits and misses of one fetch (an `_entities` fetch counts each representation). */
  onLookup?: (subgraph: string, hits: number, misses: number) => void;
  /** The store failed (Redis down or slow): the request is served without the cache. */
  onStoreError?: (error: Error) => void;
  /** Where a request's fetches report the entries that answered them, for the response cache; none: nowhere. */
  sourcesOf?: ((context: object) => AnswerSources | undefined) | undefined;
}

/** Distinct query texts whose shape is kept; the planner caches plans, so a gateway sends a bounded set. */
const MAX_SHAPES = 2_000;

/**
 * The entity cache in front of one gateway's subgraph fetches (queries only; the cache layer never passes it a
 * mutation). A root fetch is one entry; an `_entities` fetch is one entry per representation: hits are served,
 * only the misses are fetched, and the answers are merged back in order. Any store failure bypasses the cache.
 */
export class EntityCache {
  private readonly shapes = new Map<string, FetchShape>();

  constructor(private readonly options: EntityCacheOptions) {}

  async process(subgraph: string, options: GraphQLDataSourceProcessOptions, fetch: FetchMisses) {
    const sources = this.options.sourcesOf?.(options.context as object);
    const query = options.request.query;
    if (!query) return uncached(options, fetch, sources);
    const shape = this.shapeOf(query);
    if (!shape.cacheable) return uncached(options, fetch, sources);
    const { caller } = options.context as Partial<GatewayContext>;
    const visibility = visibilityOf(caller);
    const { representations, ...variables } = options.request.variables ?? {};
    const key = fetchKey(subgraph, query, visibility, variables);
    if (shape.kind === 'root') return this.root(subgraph, shape, key, options, fetch, sources);
    if (!Array.isArray(representations) || representations.length === 0) return uncached(options, fetch, sources);
    const keys = representations.map((representation) => entityKey(key, representation));
    return this.entities(subgraph, shape, keys, representations, options, fetch, sources);
  }

  private async root(
    subgraph: string,
    shape: Extract<FetchShape, { kind: 'root' }>,
    key: string,
    options: GraphQLDataSourceProcessOptions,
    fetch: FetchMisses,
    sources: AnswerSources | undefined,
  ): Promise<GatewayGraphQLResponse> {
    const found = await this.read([key]);
    if (!found) return uncached(options, fetch, sources);
    const hit = found.values[0];
    this.options.onLookup?.(subgraph, hit === undefined ? 0 : 1, hit === undefined ? 1 : 0);
    if (hit !== undefined) {
      if (sources) answeredBy(sources, key, found.generations?.[0]);
      return { data: JSON.parse(hit) as Record<string, unknown> };
    }
    const response = await fetch(options);
    const tags = response.errors?.length || !response.data ? undefined : shape.tagsOfRoot(response.data);
    // an answer with errors (not found, a subgraph failure) is never kept: the next read asks again
    if (!tags || !response.data) {
      sources?.none();
      return response;
    }
    const stored = await this.write([entry(subgraph, key, response.data, tags, shape.ttlSeconds)], found.sequence);
    if (sources) answeredBy(sources, key, stored?.[0]);
    return response;
  }

  private async entities(
    subgraph: string,
    shape: Extract<FetchShape, { kind: 'entities' }>,
    keys: readonly string[],
    representations: readonly unknown[],
    options: GraphQLDataSourceProcessOptions,
    fetch: FetchMisses,
    sources: AnswerSources | undefined,
  ): Promise<GatewayGraphQLResponse> {
    const found = await this.read(keys);
    if (!found) return uncached(options, fetch, sources);
    const missing = found.values.flatMap((value, index) => (value === undefined ? [index] : []));
    this.options.onLookup?.(subgraph, keys.length - missing.length, missing.length);
    const hits = found.values.map((value, index) => {
      if (value === undefined) return undefined;
      if (sources) answeredBy(sources, keys[index], found.generations?.[index]);
      return JSON.parse(value) as unknown;
    });
    if (missing.length === 0) return { data: { _entities: hits } };
    // A fetch that goes to the subgraph anyway also renews the hits past half their TTL (see CacheStore.read), so
    // that the entries of one answer expire together, not one by one; this request is still answered with their
    // cached entity (a renewal that fails changes nothing).
    const renewed = new Set(
      found.values.flatMap((value, index) => (value !== undefined && found.expiring?.[index] ? [index] : [])),
    );
    const asked = keys.flatMap((_key, index) =>
      found.values[index] === undefined || renewed.has(index) ? [index] : [],
    );
    const request = options.request;
    const response = await fetch(
      asked.length === keys.length
        ? options
        : {
            ...options,
            request: {
              ...request,
              variables: { ...request.variables, representations: asked.map((index) => representations[index]) },
            },
          },
    );
    const merged = mergeEntities(hits, asked, response, renewed);
    const fills: CacheEntry[] = [];
    const renewals: CacheEntry[] = [];
    for (const [position, index] of asked.entries()) {
      const kept = merged.failed.has(position)
        ? undefined
        : this.entryOf(subgraph, shape, keys[index], representations[index], merged.fetched[position]);
      if (kept) (renewed.has(index) ? renewals : fills).push(kept);
    }
    const stored = await this.write([...fills, ...renewals], found.sequence);
    if (sources) {
      // an entity fetched but not kept (not found, failed, unidentified) answers no later lookup
      if (fills.length < missing.length) sources.none();
      fills.forEach(({ key }, index) => answeredBy(sources, key, stored?.[index]));
    }
    // all fetched: the subgraph's answer as it came (a failure stays a failure with no data)
    return missing.length === keys.length ? response : merged.response;
  }

  /** The entry for one fetched entity, tagged with the entities it shows; undefined when it cannot be kept. */
  private entryOf(
    subgraph: string,
    shape: Extract<FetchShape, { kind: 'entities' }>,
    key: string | undefined,
    representation: unknown,
    entity: unknown,
  ): CacheEntry | undefined {
    if (key === undefined || entity === undefined || entity === null) return undefined;
    const ownTags = representationTags(this.options.policy, representation);
    const typename = (representation as { __typename?: unknown }).__typename;
    const answerTags = typeof typename === 'string' ? shape.tagsOfEntity(typename, entity) : undefined;
    if (!ownTags || !answerTags) return undefined;
    return entry(subgraph, key, entity, [...ownTags, ...answerTags], shape.ttlSeconds);
  }

  private shapeOf(query: string): FetchShape {
    let shape = this.shapes.get(query);
    if (!shape) {
      if (this.shapes.size >= MAX_SHAPES) this.shapes.clear();
      shape = fetchShape(this.options.policy, query);
      this.shapes.set(query, shape);
    }
    return shape;
  }

  private async read(keys: readonly string[]) {
    try {
      return await this.options.store.read(keys);
    } catch (error) {
      this.options.onStoreError?.(error as Error);
      return undefined;
    }
  }

  /** The generations of the entries stored, where the store gives them; undefined when it failed. */
  private async write(entries: readonly CacheEntry[], sequence: number) {
    if (entries.length === 0) return undefined;
    try {
      return (await this.options.store.write(entries, sequence)) ?? undefined;
    } catch (error) {
      this.options.onStoreError?.(error as Error);
      return undefined;
    }
  }
}

/** A fetch the cache does not answer (nor keep): the response cache must not keep the request's response either. */
function uncached(options: GraphQLDataSourceProcessOptions, fetch: FetchMisses, sources: AnswerSources | undefined) {
  sources?.none();
  return fetch(options);
}

/** Tells the response cache a fetch was answered by the entry `key`; without its generation, by nothing it can check. */
function answeredBy(sources: AnswerSources, key: string | undefined, generation: number | undefined): void {
  if (key === undefined || generation === undefined) sources.none();
  else sources.entry(key, generation);
}

/** An entry filed under the subgraph's own tags for the entities it shows (see subgraphTag). */
function entry(subgraph: string, key: string, value: unknown, tags: Iterable<string>, ttlSeconds: number): CacheEntry {
  const scoped = new Set<string>();
  for (const tag of tags) scoped.add(subgraphTag(subgraph, tag));
  return { key, value: JSON.stringify(value), tags: [...scoped], ttlSeconds };
}
