import type { Experimental_DidResolveQueryPlanCallback } from '@apollo/gateway';
import { HeaderMap } from '@apollo/server';
import type {
  ApolloServerPlugin,
  GraphQLRequestContextResponseForOperation,
  GraphQLRequestListener,
} from '@apollo/server';
import type { GatewayContext } from '../context';
import { plannedSubgraphs } from './plannedSubgraphs';
import type { ResponseCache } from './ResponseCache';

/** Asks Apollo Gateway for the query plan in the response (outside production): such a request is not cached. */
const QUERY_PLAN_HEADER = 'apollo-query-plan-experimental';

export interface ResponseCaching {
  /** Answers a query from the cache before it is executed, after every check of the request (auth, limits). */
  plugin: ApolloServerPlugin<GatewayContext>;
  /** For ApolloGateway's `experimental_didResolveQueryPlan`: a plan that fetches beyond the cache is not kept. */
  didResolveQueryPlan: Experimental_DidResolveQueryPlanCallback;
}

/**
 * Puts `cache` in front of the gateway's execution. A query is looked up once Apollo Server has resolved its
 * operation and every plugin has checked it (authorization, cost, input text): a kept response skips only the
 * planning and the execution, so a caller who may not run it is refused as before. On a miss the request is
 * tracked, its fetches report the entries that answered them (gateway/dataSources/cache), and its response is
 * kept if they all did. `cachedSubgraphs`: the subgraphs whose fetches go through the entity cache; a plan that
 * fetches from another (the live subgraph, served by the gateway itself) is never kept.
 */
export function responseCaching(cache: ResponseCache, cachedSubgraphs: ReadonlySet<string>): ResponseCaching {
  const listener: GraphQLRequestListener<GatewayContext> = {
    async responseForOperation(context) {
      const { operation, queryHash, request } = context;
      if (operation.operation !== 'query' || !queryHash || request.http?.headers.get(QUERY_PLAN_HEADER)) return null;
      const key = responseKey(queryHash, context);
      const data = cache.lookup(key);
      if (data)
        return {
          http: { status: undefined, headers: new HeaderMap() },
          body: { kind: 'single', singleResult: { data } },
        };
      cache.track(context.contextValue, key);
      return null;
    },
    async willSendResponse({ contextValue, response }) {
      const { body } = response;
      const kept = body.kind === 'single' && !body.singleResult.errors?.length && !body.singleResult.extensions;
      cache.settle(contextValue, kept ? body.singleResult.data : undefined);
    },
  };
  return {
    plugin: { requestDidStart: async () => listener },
    didResolveQueryPlan({ queryPlan, requestContext }) {
      const sources = cache.sourcesOf(requestContext.context);
      if (!sources) return;
      const subgraphs = plannedSubgraphs(queryPlan);
      if (!subgraphs || [...subgraphs].some((subgraph) => !cachedSubgraphs.has(subgraph))) sources.none();
    },
  };
}

/**
 * What a response depends on besides the entities: the document (by Apollo's hash of it), the operation, the
 * variables and the caller's role, team and scopes. Not the user: no query answers by who asks beyond those (the
 * subgraphs' answers depend on the `pii:read` scope only, see ANSWER_CHANGING_SCOPES, which the entity cache's
 * keys rely on too), so agents of one team share responses.
 */
function responseKey(queryHash: string, context: GraphQLRequestContextResponseForOperation<GatewayContext>): string {
  const { caller } = context.contextValue;
  return JSON.stringify([
    queryHash,
    context.request.operationName ?? null,
    caller ? [caller.role, caller.team ?? null, [...caller.scopes].sort()] : null,
    context.request.variables ?? null,
  ]);
}
