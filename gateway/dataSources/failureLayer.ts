import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { failurePath } from './failurePath';
import type { Layer, SubgraphRequest } from './layer';
import { asSubgraphFailure } from './subgraphFailure';
import type { SubgraphFailureCode } from './subgraphFailure';

/**
 * A call that failed for good does not throw: it answers with one GraphQL error (code and service, nothing
 * internal) and no data, so the gateway still returns what every other subgraph contributed and nulls only the
 * fields this one owns. Above it (dedup, cache) every call resolves; an answer with errors is never cached.
 */
export function failureLayer(subgraph: string): Layer {
  return (inner) => async (request) => {
    try {
      return await inner(request);
    } catch (error) {
      return failedAnswer(subgraph, request, asSubgraphFailure(error).code);
    }
  };
}

export function failedAnswer(
  subgraph: string,
  { options }: SubgraphRequest,
  code: SubgraphFailureCode,
): GatewayGraphQLResponse {
  const message =
    code === 'SUBGRAPH_TIMEOUT'
      ? `The ${subgraph} system did not answer in time, so its part of the answer is missing. Try again in a moment.`
      : `The ${subgraph} system is unavailable, so its part of the answer is missing. Try again in a moment; if it keeps failing, check that the ${subgraph} subgraph is running and reachable from the gateway.`;
  const document = 'document' in options ? options.document : undefined;
  const schema = 'incomingRequestContext' in options ? options.incomingRequestContext.schema : undefined;
  return {
    errors: [
      { message, path: failurePath(document, options.request.query, schema), extensions: { code, service: subgraph } },
    ],
  };
}
