import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { subgraphTag } from '../../../platform/changeEvents';
import type { GatewayContext } from '../../context';
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
    const query = options.request.query;
    if (!query) return fetch(options);
    const shape = this.shapeOf(query);
    if (!shape.cacheable) return fetch(options);
    const { caller } = options.context as Partial<GatewayContext>;
    const visibility = visibilityOf(caller);
    const { representations, ...variables } = options.request.variables ?? {};
    const key = fetchKey(subgraph, query, visibility, variables);
    if (shape.kind === 'root') return this.root(subgraph, shape, key, options, fetch);
    if (!Array.isArray(representations) || representations.length === 0) return fetch(options);
    const keys = representations.map((representation) => entityKey(key, representation));
    return this.entities(subgraph, shape, keys, representations, options, fetch);
  }

  private async root(
    subgraph: string,
    shape: Extract<FetchShape, { kind: 'root' }>,
    key: string,
    options: GraphQLDataSourceProcessOptions,
    fetch: FetchMisses,
  ): Promise<GatewayGraphQLResponse> {
    const found = await this.read([key]);
    if (!found) return fetch(options);
    const hit = found.values[0];
    this.options.onLookup?.(subgraph, hit === undefined ? 0 : 1, hit === undefined ? 1 : 0);
    if (hit !== undefined) return { data: JSON.parse(hit) as Record<string, unknown> };
    const response = await fetch(options);
    // an answer with errors (not found, a subgraph failure) is never kept: the next read asks again
    if (response.errors?.length || !response.data) return response;
    const tags = shape.tagsOfRoot(response.data);
    if (tags) await this.write([entry(subgraph, key, response.data, tags, shape.ttlSeconds)], found.sequence);
    return response;
  }

  private async entities(
    subgraph: string,
    shape: Extract<FetchShape, { kind: 'entities' }>,
    keys: readonly string[],
    representations: readonly unknown[],
    options: GraphQLDataSourceProcessOptions,
    fetch: FetchMisses,
  ): Promise<GatewayGraphQLResponse> {
    const found = await this.read(keys);
    if (!found) return fetch(options);
    const missing = found.values.flatMap((value, index) => (value === undefined ? [index] : []));
    this.options.onLookup?.(subgraph, keys.length - missing.length, missing.length);
    const hits = found.values.map((value) => (value === undefined ? undefined : (JSON.parse(value) as unknown)));
    if (missing.length === 0) return { data: { _entities: hits } };
    const request = options.request;
    const response = await fetch(
      missing.length === keys.length
        ? options
        : {
            ...options,
            request: {
              ...request,
              variables: { ...request.variables, representations: missing.map((index) => representations[index]) },
            },
          },
    );
    const merged = mergeEntities(hits, missing, response);
    const entries: CacheEntry[] = [];
    for (const [position, index] of missing.entries()) {
      const entity = merged.fetched[position];
      if (entity === undefined || entity === null || merged.failed.has(position)) continue;
      const representation = representations[index];
      const ownTags = representationTags(this.options.policy, representation);
      const typename = (representation as { __typename?: unknown }).__typename;
      const answerTags = typeof typename === 'string' ? shape.tagsOfEntity(typename, entity) : undefined;
      if (!ownTags || !answerTags) continue;
      const key = keys[index];
      if (key !== undefined) entries.push(entry(subgraph, key, entity, [...ownTags, ...answerTags], shape.ttlSeconds));
    }
    await this.write(entries, found.sequence);
    // all fetched: the subgraph's answer as it came (a failure stays a failure with no data)
    return missing.length === keys.length ? response : merged.response;
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

  private async write(entries: readonly CacheEntry[], sequence: number): Promise<void> {
    if (entries.length === 0) return;
    try {
      await this.options.store.write(entries, sequence);
    } catch (error) {
      this.options.onStoreError?.(error as Error);
    }
  }
}

/** An entry filed under the subgraph's own tags for the entities it shows (see subgraphTag). */
function entry(subgraph: string, key: string, value: unknown, tags: Iterable<string>, ttlSeconds: number): CacheEntry {
  const scoped = new Set<string>();
  for (const tag of tags) scoped.add(subgraphTag(subgraph, tag));
  return { key, value: JSON.stringify(value), tags: [...scoped], ttlSeconds };
}
