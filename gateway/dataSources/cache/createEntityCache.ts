import type Redis from 'ioredis';
import {
  connectOrRetryLater,
  decodeAnnouncement,
  EVERY_ENTITY_TAG,
  invalidateInRedis,
  redisClient,
  redisKeys,
} from '../../../platform/changeEvents';
import type { LocalInvalidationBus } from '../../../platform/changeEvents';
import { ResponseCache } from '../../responseCache';
import type { ResponseCacheObserver } from '../../responseCache';
import { cachePolicy } from './cachePolicy';
import { CACHE_STORES } from './cacheStores';
import { EntityCache } from './EntityCache';
import type { EntityCacheConfig } from './entityCacheConfig';

/** Where an invalidation reached this gateway: a mutation's answer it relayed, or a subgraph's announcement. */
export type InvalidationSource = 'response' | 'announcement';

export interface EntityCacheObserver {
  lookup(subgraph: string, hits: number, misses: number): void;
  invalidated(source: InvalidationSource, tags: number): void;
  /** Redis failed: the request went on without the cache. */
  storeError(error: Error): void;
}

export interface CreateEntityCacheOptions {
  config: EntityCacheConfig;
  supergraphSdl: string;
  /** The in-process bus the subgraphs of this process announce on (startAll). */
  bus?: LocalInvalidationBus | undefined;
  observer?: EntityCacheObserver;
  /** The response cache's hits, misses and size (with `config.responses`). */
  responseObserver?: ResponseCacheObserver;
}

export interface RunningEntityCache {
  cache: EntityCache;
  /** Whole responses built from this cache's entries (gateway/responseCache); undefined unless `config.responses`. */
  responses: ResponseCache | undefined;
  /** Invalidates tags a mutation's answer listed, before the gateway answers it (see INVALIDATED_EXTENSION). */
  invalidate(tags: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * The entity cache of one gateway, per ENTITY_CACHE: `memory` keeps answers in this process and drops them on the
 * announcements of the in-process bus and, with REDIS_URL, of the Redis channel (other processes' subgraphs and
 * gateways); `redis` keeps them in Redis, shared by every gateway on it. Undefined when `off`. With `memory` and
 * `config.responses`, also the response cache over its entries (gateway/responseCache).
 */
export async function createEntityCache(options: CreateEntityCacheOptions): Promise<RunningEntityCache | undefined> {
  const { config, observer } = options;
  if (config.mode === 'off') return undefined;
  if (config.responses && config.mode !== 'memory') {
    throw new Error(
      `A response cache needs ENTITY_CACHE=memory, not ${config.mode}: it checks the entries of each response in this process's memory. Leave the response cache out (RESPONSE_CACHE=off) or use memory.`,
    );
  }
  const closers: (() => Promise<void> | void)[] = [];
  const onError = (error: Error) => observer?.storeError(error);
  let redis: Redis | undefined;
  if (config.redisUrl) {
    const client = redisClient(config.redisUrl, { connectionName: 'c360-gateway-cache' });
    redis = client;
    await connectOrRetryLater(client, onError);
    closers.push(() => client.disconnect());
  }
  const { store, announced: dropAnnounced, generations } = CACHE_STORES[config.mode](config, redis);
  const announced = (tags: readonly string[]) => {
    observer?.invalidated('announcement', tags.length);
    dropAnnounced?.(tags);
  };
  if (options.bus) closers.push(options.bus.subscribe(announced));
  // a store of this process's own hears of other processes' changes on the channel
  if (config.redisUrl && dropAnnounced) {
    closers.push(await subscribe(config.redisUrl, config.prefix, announced, onError));
  }

  const responses =
    config.responses && generations
      ? new ResponseCache({ ...config.responses, entries: generations, observer: options.responseObserver })
      : undefined;
  const cache = new EntityCache({
    store,
    policy: cachePolicy(options.supergraphSdl),
    onLookup: (subgraph, hits, misses) => observer?.lookup(subgraph, hits, misses),
    onStoreError: onError,
    sourcesOf: responses && ((context) => responses.sourcesOf(context)),
  });
  return {
    cache,
    responses,
    async invalidate(tags) {
      if (tags.length === 0) return;
      observer?.invalidated('response', tags.length);
      dropAnnounced?.(tags);
      // also in Redis (the shared store, and the channel other gateways' memories listen on), in case the
      // subgraph that made the change cannot reach it
      if (redis) await invalidateInRedis(redis, config.prefix, tags).catch(onError);
    },
    async close() {
      for (const close of closers.splice(0).reverse()) await close();
      await store.close();
    },
  };
}

/**
 * Listens to the Redis channel for a memory cache. After a reconnection it drops everything: announcements sent
 * while it was away are lost, and it cannot tell which.
 */
async function subscribe(
  url: string,
  prefix: string,
  announced: (tags: readonly string[]) => void,
  onError: (error: Error) => void,
): Promise<() => void> {
  const subscriber = redisClient(url, { connectionName: 'c360-gateway-invalidations' });
  const channel = redisKeys(prefix).channel;
  // anything but a first, clean connection may have missed announcements
  let missedSome = false;
  subscriber.on('close', () => {
    missedSome = true;
  });
  subscriber.on('ready', () => {
    if (missedSome) announced([EVERY_ENTITY_TAG]);
    void subscriber.subscribe(channel).catch(onError);
  });
  subscriber.on('message', (from: string, message: string) => {
    if (from === channel) announced(decodeAnnouncement(message));
  });
  await connectOrRetryLater(subscriber, onError);
  if (subscriber.status === 'ready') await subscriber.subscribe(channel).catch(onError);
  return () => subscriber.disconnect();
}
