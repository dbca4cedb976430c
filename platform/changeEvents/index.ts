export { entityTag, EVERY_ENTITY_TAG, subgraphTag } from './entityTag';
export { LocalInvalidationBus, NO_INVALIDATION } from './InvalidationPublisher';
export type { InvalidationPublisher } from './InvalidationPublisher';
export { connectOrRetryLater, redisClient } from './redisClient';
export { decodeAnnouncement, invalidateInRedis, redisInvalidationPublisher } from './redisInvalidation';
export {
  DEFAULT_CACHE_PREFIX,
  INVALIDATE_SCRIPT,
  MAX_ENTRY_TTL_SECONDS,
  READ_ENTRIES_SCRIPT,
  redisKeys,
  TAG_VERSION_TTL_SECONDS,
  WRITE_ENTRIES_SCRIPT,
} from './redisLayout';
export { INVALIDATED_EXTENSION, invalidationExtensionPlugin, requestInvalidation } from './requestInvalidation';
export type { InvalidatingContext, RequestInvalidation } from './requestInvalidation';
export { cachePrefixVariable } from './cachePrefixVariable';
