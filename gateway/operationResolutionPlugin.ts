import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { GatewayErrorCode } from './gatewayErrorCode';
import { shortenMessage } from './shortenMessage';

/** What POST /graphql answers to a subscription: it answers once, and a subscription goes on. */
export const SUBSCRIPTION_TRANSPORT_MESSAGE =
  'Subscriptions are served over Server-Sent Events at POST /graphql/stream (Accept: text/event-stream) or WebSocket at /graphql/ws (the graphql-transport-ws protocol), not at POST /graphql, which answers once. Send the same body to /graphql/stream.';

/**
 * Refuses, with HTTP 400 and a code, a request whose document gives Apollo Gateway nothing it can run: no
 * operation by the `operationName` sent, several operations and no `operationName`, or a `subscription` (served by
 * the subscription transports instead). Apollo
 * Server leaves these to the executor, and Apollo Gateway's executor throws INVALID_GRAPHQL, which Apollo Server
 * answers with HTTP 500: "our fault" for a request the client must change. Put it before the authorization plugin,
 * so a client mistake is answered as one rather than as a refusal.
 */
export function operationResolutionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) throw unresolvedOperation(document.definitions, request.operationName);
          if (operation.operation === 'subscription') {
            throw clientError(GatewayErrorCode.SUBSCRIPTION_TRANSPORT, SUBSCRIPTION_TRANSPORT_MESSAGE);
          }
        },
      };
    },
  };
}

/** The subscription transports answer a document with nothing to run the same way (gateway/subscriptions). */
export function unresolvedOperation(
  definitions: readonly { kind: string }[],
  operationName: string | null | undefined,
): GraphQLError {
  const names = definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition')
    .map((definition) => definition.name?.value)
    .filter((name): name is string => name !== undefined);
  const defined = names.length > 0 ? [`The document defines ${names.map((name) => `"${name}"`).join(', ')}.`] : [];
  // the name is the caller's text: shortenMessage keeps at most a short prefix of it
  const parts =
    typeof operationName === 'string' && operationName !== ''
      ? [
          `The document has no operation named ${JSON.stringify(operationName)}.`,
          ...defined,
          'Send the name of one of its operations as `operationName`, or leave `operationName` out when the document has a single operation.',
        ]
      : [
          'The document has several operations and the request names none.',
          ...defined,
          'Send the one to run as `operationName`.',
        ];
  return clientError(GatewayErrorCode.OPERATION_RESOLUTION_FAILURE, shortenMessage(parts.join(' ')));
}

function clientError(code: GatewayErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}
