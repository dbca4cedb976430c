import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { SubgraphFetch, SubgraphRequest } from '../../../../gateway/dataSources';
import { operationKindOf } from '../../../../gateway/dataSources/retryPolicy';
import { SubgraphFailure } from '../../../../gateway/dataSources';

export const AGENT = { userId: 'agt_1', role: 'agent', scopes: ['graph:read'] };

/** A subgraph call as the adapter hands it to the layers. */
export function subgraphRequest(
  query: string,
  { variables = {}, caller = AGENT }: { variables?: Record<string, unknown>; caller?: unknown } = {},
): SubgraphRequest {
  const options = { request: { query, variables }, context: { caller } } as unknown as GraphQLDataSourceProcessOptions;
  return { options, kind: operationKindOf(query) };
}

/** The layer below, scripted: each call takes the next step (an answer, or a failure thrown), the last repeats. */
export function scriptedInner(...steps: (GatewayGraphQLResponse | SubgraphFailure)[]) {
  const calls: SubgraphRequest[] = [];
  const fetch: SubgraphFetch = async (request) => {
    calls.push(request);
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step instanceof SubgraphFailure) throw step;
    return step ?? { data: null };
  };
  return { calls, fetch };
}

export const timeout = () => new SubgraphFailure('SUBGRAPH_TIMEOUT', 'no answer within 100 ms', true);
export const brokenBody = () => new SubgraphFailure('SUBGRAPH_UNAVAILABLE', 'not a GraphQL answer', false);
