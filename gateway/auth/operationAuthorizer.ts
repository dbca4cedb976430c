import { GraphQLError, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Caller } from '../../platform/caller';
import { AuthErrorCode } from './authError';
import type { AuthOptions } from './authOptions';
import { nestedReads } from './nestedReads';
import { satisfies } from './scopeRequirements';
import type { ScopeRequirements } from './scopeRequirements';

/** At most this many fields are named in one refusal; a document may select thousands. */
const MAX_NAMED = 10;

/**
 * Decides whether `caller` may run `operation` of `document`: undefined when it may, else the error to answer
 * (401 UNAUTHENTICATED, 403 FORBIDDEN naming every field refused).
 */
export type OperationAuthorizer = (
  caller: Caller | undefined,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
) => GraphQLError | undefined;

/**
 * The gateway's field authorization, shared by the POST /graphql plugin (authorizationPlugin) and the subscription
 * transports (gateway/subscriptions), so that a subscription is refused exactly as the same selection in a query
 * would be: reading the graph needs `graph:read` — a query, and also what a mutation or subscription selects beyond
 * its root fields' own leaf fields — and every field with `@authorize(anyOf:)` needs its scopes.
 *
 * A missing caller is refused (401) unless `auth.mode` says auth is off — told by whoever wires the gateway, never
 * guessed from the missing caller.
 */
export function createOperationAuthorizer(
  requirements: ScopeRequirements,
  auth: Pick<AuthOptions, 'mode'>,
): OperationAuthorizer {
  // What a document's fields require does not depend on who sends it, and Apollo Server hands every request with
  // the same query text the same parsed document: walk each document once per schema, not once per request (the
  // walk was 4 % of the gateway's CPU per request, bench/PROFILE.md). Weak keys: documents evicted from Apollo's
  // document cache, or of a replaced schema, are dropped here too.
  const walked = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, DocumentRequirements>>();
  const requirementsOf = (schema: GraphQLSchema, document: DocumentNode): DocumentRequirements => {
    let bySchema = walked.get(schema);
    if (!bySchema) walked.set(schema, (bySchema = new WeakMap()));
    let found = bySchema.get(document);
    if (!found) {
      bySchema.set(
        document,
        (found = { fields: fieldRequirements(requirements, schema, document), nested: new Map() }),
      );
    }
    return found;
  };
  return (caller, schema, document, operation) => {
    if (!caller) {
      if (auth.mode === 'off') return undefined;
      return new GraphQLError(
        'This request reached the GraphQL server without a verified caller, so it is refused. Send `Authorization: Bearer <JWT>`.',
        { extensions: { code: AuthErrorCode.UNAUTHENTICATED, http: { status: 401 } } },
      );
    }
    const readsGraph = caller.scopes.includes('graph:read');
    if (operation.operation === 'query' && !readsGraph) {
      return forbidden(caller, 'Reading the graph needs the scope graph:read, which your token does not grant.');
    }
    const analysed = requirementsOf(schema, document);
    const refused = analysed.fields
      .filter(({ required }) => !satisfies(caller.scopes, required))
      .map(({ key, required }) => `${key} (needs ${required.map((all) => all.join(' + ')).join(' or ')})`);
    if (operation.operation !== 'query' && !readsGraph) {
      let nested = analysed.nested.get(operation);
      if (!nested) {
        const rootType = schema.getRootType(operation.operation)?.name ?? operation.operation;
        analysed.nested.set(operation, (nested = nestedReads(document, operation, rootType)));
      }
      if (nested.length > 0) {
        refused.push(
          `${named(nested)} (needs graph:read: without it a ${operation.operation} may select only the scalar fields of its answer, such as id)`,
        );
      }
    }
    if (refused.length === 0) return undefined;
    return forbidden(
      caller,
      `Your token (role ${caller.role}) may not use ${refused.join(', ')}.${advice(caller, refused)}`,
    );
  };
}

interface DocumentRequirements {
  fields: FieldRequirement[];
  /** Per operation of the document (the request's operationName picks one): its reads beyond root leaves. */
  nested: Map<OperationDefinitionNode, string[]>;
}

interface FieldRequirement {
  /** `Type.field` */
  key: string;
  required: readonly (readonly string[])[];
}

/** The first MAX_NAMED of `keys`, and how many more. */
export function named(keys: readonly string[]): string {
  const shown = keys.slice(0, MAX_NAMED).join(', ');
  return keys.length > MAX_NAMED ? `${shown} and ${keys.length - MAX_NAMED} more` : shown;
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

/** What the caller can do about a refusal: analysts learn what their role is for, others whom to ask. */
function advice(caller: Caller, refused: readonly string[]): string {
  if (caller.role !== 'analyst') return ' Ask for a token that grants it.';
  return refused.some((field) => field.includes('pii:read'))
    ? ' Analysts see personal data masked and may not search by it; an agent or supervisor can look the customer up.'
    : ' Analysts read; agents and supervisors act on tickets.';
}

function forbidden(caller: Caller, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: AuthErrorCode.FORBIDDEN, role: caller.role, http: { status: 403 } },
  });
}
