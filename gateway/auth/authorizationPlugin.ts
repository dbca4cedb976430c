import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
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
  // What a document's fields require does not depend on who sends it, and Apollo Server hands every request with
  // the same query text the same parsed document: walk each document once per schema, not once per request (the
  // walk was 4 % of the gateway's CPU per request, bench/PROFILE.md). Weak keys: documents evicted from Apollo's
  // document cache, or of a replaced schema, are dropped here too.
  const walked = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, FieldRequirement[]>>();
  const requirementsOf = (schema: GraphQLSchema, document: DocumentNode): FieldRequirement[] => {
    let bySchema = walked.get(schema);
    if (!bySchema) walked.set(schema, (bySchema = new WeakMap()));
    let found = bySchema.get(document);
    if (!found) bySchema.set(document, (found = fieldRequirements(requirements, schema, document)));
    return found;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation, schema }) {
          const { caller } = contextValue;
          if (!caller || !operation) return; // AUTH_MODE=off
          if (operation.operation === 'query' && !caller.scopes.includes('graph:read')) {
            throw forbidden(caller, 'Reading the graph needs the scope graph:read, which your token does not grant.');
          }
          const refused = requirementsOf(schema, document)
            .filter(({ required }) => !satisfies(caller.scopes, required))
            .map(({ key, required }) => `${key} (needs ${required.map((all) => all.join(' + ')).join(' or ')})`);
          if (refused.length > 0) {
            throw forbidden(
              caller,
              `Your token (role ${caller.role}) may not use ${refused.join(', ')}.${caller.role === 'analyst' ? ' Analysts read; agents and supervisors act on tickets.' : ' Ask for a token that grants it.'}`,
            );
          }
        },
      };
    },
  };
}

interface FieldRequirement {
  /** `Type.field` */
  key: string;
  required: readonly (readonly string[])[];
}

/** Every field of `document` that has a scope requirement, once each, in document order. */
function fieldRequirements(
  requirements: ScopeRequirements,
  schema: GraphQLSchema,
  document: DocumentNode,
): FieldRequirement[] {
  const found = new Map<string, FieldRequirement>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        const key = `${parent.name}.${node.name.value}`;
        const required = requirements.get(key);
        if (required && !found.has(key)) found.set(key, { key, required });
      },
    }),
  );
  return [...found.values()];
}

function forbidden(caller: Caller, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: AuthErrorCode.FORBIDDEN, role: caller.role, http: { status: 403 } },
  });
}
