import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { getOperationAST } from 'graphql';
import { currentRequestScope, validOperationName } from '../../platform/observability';
import type { GatewayContext } from '../context';
import type { GatewayMetrics } from './gatewayMetrics';

/** Two different operations in one HTTP request (a batch) are labelled as that. */
const BATCH = 'batch';

/**
 * Counts every error in GraphQL responses by code, and names the request's operation for the access log and the
 * request metrics (which requestMetrics records at the HTTP level, so that requests refused before Apollo, such
 * as a 401, are counted too).
 */
export function metricsPlugin(metrics: GatewayMetrics): ApolloServerPlugin<GatewayContext> {
  const name = (context: GraphQLRequestContext<GatewayContext>) => {
    // the resolved name; else the one in the parsed document (a request that failed validation); the client's
    // own field only if the document never parsed, and only if it is a name
    const operationName =
      context.operationName ??
      (context.document && getOperationAST(context.document, context.request.operationName)?.name?.value) ??
      validOperationName(context.request.operationName);
    const scope = currentRequestScope();
    if (!scope || operationName === undefined) return;
    scope.operationName =
      scope.operationName === undefined || scope.operationName === operationName ? operationName : BATCH;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(context) {
          name(context);
        },
        async willSendResponse(context) {
          name(context);
          const { body } = context.response;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          for (const error of errors ?? []) {
            const code = error.extensions?.['code'];
            metrics.recordError(typeof code === 'string' ? code : undefined);
          }
        },
      };
    },
  };
}
