import { Counter, Gauge } from 'prom-client';
import type { Registry } from 'prom-client';
import type { ResponseCacheObserver } from './ResponseCache';

/** One set per registry: the gateways a reloading one builds in turn share its registry (gateway/reload). */
const observers = new WeakMap<Registry, ResponseCacheObserver>();

/** The response cache's metrics, in the gateway's registry (GET /metrics); the same ones for the same registry. */
export function responseCacheMetrics(registry: Registry): ResponseCacheObserver {
  const known = observers.get(registry);
  if (known) return known;
  const observer = createResponseCacheMetrics(registry);
  observers.set(registry, observer);
  return observer;
}

function createResponseCacheMetrics(registry: Registry): ResponseCacheObserver {
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
