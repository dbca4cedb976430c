import { Counter, Gauge } from 'prom-client';
import type { Registry } from 'prom-client';
import type { ResponseCacheObserver } from './ResponseCache';

/** The response cache's metrics, in the gateway's registry (GET /metrics). */
export function responseCacheMetrics(registry: Registry): ResponseCacheObserver {
  const registers = [registry];
  const lookups = new Counter({
    name: 'c360_response_cache_lookups_total',
    help: 'Response cache lookups of queries by result (hit: answered without planning or fetching; miss: executed).',
    labelNames: ['result'] as const,
    registers,
  });
  const invalidations = new Counter({
    name: 'c360_response_cache_invalidations_total',
    help: 'Kept responses dropped at lookup because an entity cache entry they were built from changed, expired or was evicted.',
    registers,
  });
  const entries = new Gauge({
    name: 'c360_response_cache_entries',
    help: 'Responses the response cache keeps.',
    registers,
  });
  const bytes = new Gauge({
    name: 'c360_response_cache_bytes',
    help: 'Serialised size of the responses the response cache keeps.',
    registers,
  });
  return {
    lookup: (hit) => lookups.inc({ result: hit ? 'hit' : 'miss' }),
    invalidated: () => invalidations.inc(),
    size(count, size) {
      entries.set(count);
      bytes.set(size);
    },
  };
}
