// The gateway's response cache: whole query responses kept while the entity cache entries they were built from
// stay unchanged. See README, "Response cache".
export { ResponseCache } from './ResponseCache';
export type {
  AnswerSources,
  EntryGenerations,
  KeptData,
  ResponseCacheObserver,
  ResponseCacheOptions,
} from './ResponseCache';
export { DEFAULT_RESPONSE_CACHE, readResponseCacheVariables } from './responseCacheConfig';
export type { ResponseCacheConfig } from './responseCacheConfig';
export { responseCacheMetrics } from './responseCacheMetrics';
export { responseCaching } from './responseCachePlugin';
export type { ResponseCaching } from './responseCachePlugin';
export { plannedSubgraphs } from './plannedSubgraphs';
