import { INVALIDATED_EXTENSION } from '../../platform/changeEvents';
import type { RunningEntityCache } from './cache';
import type { Layer } from './layer';

/**
 * The entity cache in front of the subgraph (see cache/EntityCache.ts): a query is answered from it where it can,
 * and only what it misses goes down the layers. After a mutation, the entities it changed leave this gateway's
 * cache before the gateway answers (or plans further). Without a cache the layer is not there at all.
 */
export function cacheLayer(subgraph: string, running: RunningEntityCache | undefined): Layer {
  if (!running) return (inner) => inner;
  return (inner) => async (request) => {
    if (request.kind === 'query') {
      return running.cache.process(subgraph, request.options, (options) => inner({ ...request, options }));
    }
    const response = await inner(request);
    const tags = response.extensions?.[INVALIDATED_EXTENSION];
    if (Array.isArray(tags)) await running.invalidate(tags.filter((tag): tag is string => typeof tag === 'string'));
    return response;
  };
}
