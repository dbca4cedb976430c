export { entityTag, EVERY_ENTITY_TAG, subgraphTag } from './entityTag';
export { LocalInvalidationBus, NO_INVALIDATION } from './InvalidationPublisher';
export type { InvalidationPublisher } from './InvalidationPublisher';
export { connectOrRetryLater, redisClient } from './redisClient';
export {
  decodeAnnouncement,
  DEFAULT_CACHE_PREFIX,
  invalidateInRedis,
  MAX_ENTRY_TTL_SECONDS,
  redisInvalidationPublisher,
  redisKeys,
  TAG_VERSION_TTL_SECONDS,
} from './redisInvalidation';
export { INVALIDATED_EXTENSION, invalidationExtensionPlugin, requestInvalidation } from './requestInvalidation';
export type { InvalidatingContext, RequestInvalidation } from './requestInvalidation';
