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
export { announcer, changeTags } from './announcer';
export type { Announcer } from './announcer';
export type { ChangedEntity, ChangeEvent, ChangeFact, ChangeInput, ChangeRecord } from './changeEvent';
export { NO_FEED } from './changeFeed';
export type { ChangeFeed } from './changeFeed';
export { compareEventIds, EXAMPLE_EVENT_ID, formatEventId, MAX_EVENT_ID_LENGTH, parseEventId } from './eventId';
export type { ParsedEventId } from './eventId';
export { DEFAULT_MEMORY_FEED_CAPACITY, memoryChangeFeed } from './memoryChangeFeed';
export type { MemoryChangeFeedOptions } from './memoryChangeFeed';
export { DEFAULT_STREAM_MAX_LENGTH, redisChangeFeed } from './redisChangeFeed';
export type { RedisChangeFeedOptions } from './redisChangeFeed';
export { decodeChangeEntry, encodeChangeRecord } from './changeEntry';
export { CHANGE_FEEDS, openChangeFeed } from './openChangeFeed';
export type { ChangeFeedKind, OpenChangeFeedOptions } from './openChangeFeed';
