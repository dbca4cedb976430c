import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import type { Caller } from '../../subgraphs/shared/caller';
import type { GatewayContext } from '../context';
import { AuthErrorCode } from './authError';
import { satisfies } from './scopeRequirements';
import type { ScopeRequirements } from './scopeRequirements';

/**
 * Refuses, before the gateway plans or calls anything, an operation the caller may not run: reading the graph
 * needs `graph:read`, and every field with `@authorize(anyOf:)` needs its scopes (all mutations declare
 * `tickets:write`, so analysts run none). One 403 names every field refused, so a client learns all at once.
 * Masking (analysts see `j***@example.com`) is not a refusal: the subgraph that owns the field does it (@pii).
 */
export function authorizationPlugin(requirements: ScopeRequirements): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation, schema }) {
          const { caller } = contextValue;
          if (!caller || !operation) return; // AUTH_MODE=off
          if (operation.operation === 'query' && !caller.scopes.includes('graph:read')) {
            throw forbidden(caller, 'Reading the graph needs the scope graph:read, which your token does not grant.');
          }
          const refused = new Set<string>();
          const typeInfo = new TypeInfo(schema);
          visit(
            document,
            visitWithTypeInfo(typeInfo, {
              Field(node) {
                const parent = typeInfo.getParentType();
                if (!parent) return;
                const key = `${parent.name}.${node.name.value}`;
                const required = requirements.get(key);
                if (required && !satisfies(caller.scopes, required)) {
                  refused.add(`${key} (needs ${required.map((all) => all.join(' + ')).join(' or ')})`);
                }
              },
            }),
          );
          if (refused.size > 0) {
            throw forbidden(
              caller,
              `Your token (role ${caller.role}) may not use ${[...refused].join(', ')}.${caller.role === 'analyst' ? ' Analysts read; agents and supervisors act on tickets.' : ' Ask for a token that grants it.'}`,
            );
          }
        },
      };
    },
  };
}

function forbidden(caller: Caller, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: AuthErrorCode.FORBIDDEN, role: caller.role, http: { status: 403 } },
  });
}
