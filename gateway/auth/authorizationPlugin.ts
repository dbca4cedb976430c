import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, Kind } from 'graphql';
import type { DocumentNode } from 'graphql';
import type { GatewayContext } from '../context';
import type { AuthOptions } from './authOptions';
import { createOperationAuthorizer, named } from './operationAuthorizer';
import type { ScopeRequirements } from './scopeRequirements';

/** How much of a caller's operation name a message quotes. */
const MAX_QUOTED = 64;

/**
 * Refuses, before the gateway plans or calls anything, an operation the caller may not run: reading the graph
 * needs `graph:read` — a query, and also what a mutation or subscription selects beyond its root fields' own leaf
 * fields (`openTicket { customer { email } }` reads a profile; `openTicket { id }` does not) — and every field with
 * `@authorize(anyOf:)` needs its scopes (all mutations declare `tickets:write`, so analysts run none). One 403
 * names every field refused, so a client learns all at once. Masking (analysts see `j***@example.com`) is not a
 * refusal: the subgraph that owns the field does it (@pii).
 *
 * Fails closed: a request whose operation did not resolve is refused (400) rather than waved through, and a
 * request without a verified caller is refused (401) unless `auth.mode` says auth is off — told here by whoever
 * wires the gateway, never guessed from the missing caller. The decision itself is createOperationAuthorizer's,
 * which the subscription transports run too.
 */
export function authorizationPlugin(
  requirements: ScopeRequirements,
  auth: Pick<AuthOptions, 'mode'>,
): ApolloServerPlugin<GatewayContext> {
  const authorize = createOperationAuthorizer(requirements, auth);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation, schema, request }) {
          if (!operation) throw unresolved(document, request.operationName);
          const refusal = authorize(contextValue.caller, schema, document, operation);
          if (refusal) throw refusal;
        },
      };
    },
  };
}

/**
 * No operation to run: the request names one the document does not define, or names none while the document
 * defines several. Nothing is planned or checked for such a request, so it is refused here.
 */
function unresolved(document: DocumentNode, operationName: string | undefined): GraphQLError {
  const names = document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? '(anonymous)'] : [],
  );
  const quote = (text: string) => JSON.stringify(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);
  const message = operationName
    ? `The document has no operation named ${quote(operationName)}. Send an operationName the document defines (${named(names.map(quote))}).`
    : `The document defines ${names.length} operations and the request names none of them. Name each operation and send operationName to pick one, or send one operation.`;
  return new GraphQLError(message, {
    extensions: { code: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE, http: { status: 400 } },
  });
}
