// The gateway's entity cache: answers of subgraph queries kept per entity, selection and visibility, dropped when
// a mutation changes an entity they show. See README, "Entity cache".
export { ANSWER_CHANGING_SCOPES, entityKey, fetchKey, visibilityOf } from './cacheKey';
export { cachePolicy } from './cachePolicy';
export type { CachePolicy } from './cachePolicy';
export type { CacheEntry, CacheStore } from './CacheStore';
export { CACHE_STORES } from './cacheStores';
export type { OpenedStore, OpenStore } from './cacheStores';
export { createEntityCache } from './createEntityCache';
export type { CreateEntityCacheOptions, EntityCacheObserver, RunningEntityCache } from './createEntityCache';
export { EntityCache } from './EntityCache';
export type { EntityCacheOptions, FetchMisses } from './EntityCache';
export {
  DEFAULT_MAX_ENTRIES,
  ENTITY_CACHE_MODES,
  ENTITY_CACHE_OFF,
  readEntityCacheVariables,
} from './entityCacheConfig';
export type { EntityCacheConfig, EntityCacheMode } from './entityCacheConfig';
export { fetchShape } from './fetchShape';
export { MemoryStore } from './memoryStore';
export { RedisStore } from './redisStore';
