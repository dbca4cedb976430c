import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { callerHeaders } from '../../platform/caller';
import type { GatewayContext } from '../context';
import type { Layer, SubgraphRequest } from './layer';

/**
 * Identical queries in flight at once become one subgraph call: same operation text, same variables (so the same
 * representations) and the same caller (user, role, team, scopes: all a subgraph learns of who asks). Queries only,
 * since a mutation asked twice must run twice. A burst of the same page (a dashboard many tabs refresh, a double
 * click) then costs each subgraph one fetch. What the sharers do not share: their request ids (the subgraph logs
 * the first one's) and the answer object itself: the gateway merges into the data it receives, so every sharer
 * but the first gets its own copy. The layer sits under the cache, so it shares the cache's misses too.
 */
export function dedupLayer(): Layer {
  const inFlight = new Map<string, Promise<GatewayGraphQLResponse>>();
  return (inner) => async (request) => {
    if (request.kind !== 'query') return inner(request);
    const key = dedupKey(request);
    const shared = inFlight.get(key);
    if (shared) return structuredClone(await shared);
    const call = inner(request);
    inFlight.set(key, call);
    try {
      return await call;
    } finally {
      inFlight.delete(key);
    }
  };
}

function dedupKey({ options }: SubgraphRequest): string {
  const { caller } = options.context as Partial<GatewayContext>;
  const { query, variables, operationName } = options.request;
  return JSON.stringify([query, operationName, variables, caller ? callerHeaders(caller) : null]);
}
