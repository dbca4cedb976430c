import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { callerHeaders } from '../../platform/caller';
import type { GatewayContext } from '../context';
import type { Layer, SubgraphRequest } from './layer';
import { plannerHeaders, wireBody } from './wireRequest';

/** Told once for every request that shared another's call instead of making its own, for the metrics. */
export type DeduplicatedObserver = (subgraph: string) => void;

interface Sharer {
  resolve(response: GatewayGraphQLResponse): void;
  reject(error: unknown): void;
}

/**
 * Identical queries in flight at once become one subgraph call. A burst of the same page (a dashboard many tabs
 * refresh, a double click) then costs each subgraph one fetch per plan node. One data source serves one subgraph,
 * so the subgraph is implied; the key (dedupKey) is everything else that can change the answer. Queries only,
 * since a mutation asked twice must run twice. Nothing outlives the call: the first request to arrive after it
 * answered makes a call of its own (this is no cache).
 *
 * What the sharers do not share: their request ids and trace context (the subgraph logs the first one's), and the
 * answer object itself: the gateway merges into the data it receives, so each sharer gets its own copy, made before
 * the first caller has its answer back. Errors are shared like answers: above the failure layer a failed call is an
 * answer with one error, copied too. The layer sits under the cache, so it shares the cache's misses.
 */
export function dedupLayer(subgraph: string, onDeduplicated?: DeduplicatedObserver): Layer {
  const inFlight = new Map<string, Sharer[]>();
  return (inner) => async (request) => {
    if (request.kind !== 'query') return inner(request);
    // serialised here once, for the key and for the layers below (the signing layer signs these bytes)
    const body = wireBody(request);
    const key = dedupKey(request, body);
    const sharers = inFlight.get(key);
    if (sharers) {
      onDeduplicated?.(subgraph);
      return new Promise<GatewayGraphQLResponse>((resolve, reject) => sharers.push({ resolve, reject }));
    }
    const waiting: Sharer[] = [];
    inFlight.set(key, waiting);
    let response: GatewayGraphQLResponse;
    try {
      response = await inner({ ...request, body });
    } catch (error) {
      for (const sharer of waiting) sharer.reject(error);
      throw error;
    } finally {
      inFlight.delete(key);
    }
    for (const sharer of waiting) sharer.resolve(structuredClone(response));
    return response;
  };
}

/**
 * Everything a subgraph reads that can change its answer. The body: query text, operation name, variables (the
 * representations of an `_entities` fetch among them) and extensions. The headers it will carry: the planner's
 * (e.g. `apollo-federation-include-trace` asks for a trace in the answer), any a layer above added, and the caller
 * headers the signature covers (platform/caller: user, role, team, scopes), so an analyst (PII masked) never
 * shares an agent's call, nor one agent another's (a subgraph may answer by user). Left out, because they change
 * how a call is logged, traced or verified but not what it answers: the request id, `traceparent` and the
 * signature's timestamp, nonce and HMAC, all added below this layer anyway.
 */
function dedupKey(request: SubgraphRequest, body: string): string {
  const { caller } = request.options.context as Partial<GatewayContext>;
  const headers = { ...plannerHeaders(request), ...request.headers, ...(caller ? callerHeaders(caller) : {}) };
  return `${JSON.stringify(headers)}\n${body}`;
}
