import type Redis from 'ioredis';
import type { EntryGenerations } from '../../responseCache';
import type { CacheStore } from './CacheStore';
import type { EntityCacheConfig, EntityCacheMode } from './entityCacheConfig';
import { MemoryStore } from './memoryStore';
import { RedisStore } from './redisStore';

export interface OpenedStore {
  store: CacheStore;
  /**
   * Told at once of invalidations announced elsewhere (the in-process bus, the Redis channel). Undefined for a
   * store that every gateway shares: the invalidation itself already reached it.
   */
  announced?: (tags: readonly string[]) => void;
  /** The entries' generations, for a response cache; only a store of this process's own can give them. */
  generations?: EntryGenerations;
}

/** Opens a store; `redis` is the client for REDIS_URL when it is set. */
export type OpenStore = (config: EntityCacheConfig, redis: Redis | undefined) => OpenedStore;

/**
 * The cache's backends by ENTITY_CACHE. Another backend is a store module (see CacheStore), an entry here and a
 * name in ENTITY_CACHE_MODES (entityCacheConfig.ts); nothing else chooses between them.
 */
export const CACHE_STORES: Readonly<Record<Exclude<EntityCacheMode, 'off'>, OpenStore>> = {
  memory: ({ maxEntries }) => {
    const store = new MemoryStore({ maxEntries });
    return { store, announced: (tags) => store.invalidateNow(tags), generations: store };
  },
  redis: ({ prefix }, redis) => {
    if (!redis) {
      throw new Error(
        'ENTITY_CACHE=redis needs REDIS_URL: set REDIS_URL (e.g. redis://127.0.0.1:6379), or ENTITY_CACHE=memory.',
      );
    }
    return { store: new RedisStore(redis, prefix) };
  },
};
