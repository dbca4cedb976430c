import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { GatewayErrorCode } from './gatewayErrorCode';
import { shortenMessage } from './shortenMessage';

/**
 * Refuses, with HTTP 400 and a code, a request whose document gives Apollo Gateway nothing it can run: no
 * operation by the `operationName` sent, several operations and no `operationName`, or a `subscription`. Apollo
 * Server leaves these to the executor, and Apollo Gateway's executor throws INVALID_GRAPHQL, which Apollo Server
 * answers with HTTP 500: "our fault" for a request the client must change. Put it before the authorization plugin,
 * so a client mistake is answered as one rather than as a refusal.
 */
export function operationResolutionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) throw unresolved(document.definitions, request.operationName);
          if (operation.operation === 'subscription') {
            throw clientError(
              GatewayErrorCode.SUBSCRIPTIONS_NOT_SUPPORTED,
              'This gateway does not serve subscriptions. Send a query (poll it for changes) or a mutation instead.',
            );
          }
        },
      };
    },
  };
}

function unresolved(definitions: readonly { kind: string }[], operationName: string | null | undefined): GraphQLError {
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
