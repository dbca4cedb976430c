// @apollo/gateway's executeQueryPlan turns the request's document into federation-internals' Operation on every
// request, before it shapes the answer (`operationFromDocument`, ~5 % of the gateway's CPU per story request:
// bench/PROFILE.md). The document is the one Apollo Server keeps parsed per query text, and the Operation depends on
// nothing else (the schema, those definitions): it can be made once per document. @apollo/gateway offers no hook
// for it, so the function is replaced on federation-internals' module exports, where executeQueryPlan reads it on
// every call (through the package's re-exporting getter). Operations are immutable (their `with…` methods return new
// ones), so every request may share one.
import { createRequire } from 'node:module';
import type { Operation, Schema } from '@apollo/federation-internals';
import type { DefinitionNode, DocumentNode } from 'graphql';

type OperationFromDocument = (
  schema: Schema,
  document: DocumentNode,
  options?: { operationName?: string; validate?: boolean },
) => Operation;

interface OperationsModule {
  operationFromDocument: OperationFromDocument;
  [MEMOIZED]?: true;
}

/** The federation-internals release this was checked against: another one is left alone until it is checked. */
export const CHECKED_FEDERATION_INTERNALS = '2.14.4';

const MEMOIZED = Symbol.for('c360.gateway.executionOperations');

const load = createRequire(__filename);

/**
 * Makes executeQueryPlan's conversion (the call with `{ validate: false }` and no operation name; planning's
 * validated one runs only when a plan is made) once per (schema, document definitions). Idempotent. Returns whether
 * the conversions are memoized: false on a federation-internals release other than CHECKED_FEDERATION_INTERNALS.
 */
export function memoizeExecutionOperations(): boolean {
  const { version } = load('@apollo/federation-internals/package.json') as { version: string };
  if (version !== CHECKED_FEDERATION_INTERNALS) return false;
  const operations = load('@apollo/federation-internals/dist/operations') as OperationsModule;
  if (operations[MEMOIZED]) return true;
  const convert = operations.operationFromDocument;
  const made = new WeakMap<Schema, WeakMap<DefinitionNode, Made[]>>();
  operations.operationFromDocument = (schema, document, options) => {
    const { definitions } = document;
    const first = definitions[0];
    if (options?.validate !== false || options.operationName !== undefined || first === undefined) {
      return convert(schema, document, options);
    }
    let bySchema = made.get(schema);
    if (!bySchema) made.set(schema, (bySchema = new WeakMap()));
    let candidates = bySchema.get(first);
    if (!candidates) bySchema.set(first, (candidates = []));
    const known = candidates.find((candidate) => sameDefinitions(candidate.definitions, definitions));
    if (known) return known.operation;
    // a document that does not convert throws, as it always did, and is not remembered
    const operation = convert(schema, document, options);
    candidates.push({ definitions: [...definitions], operation });
    return operation;
  };
  operations[MEMOIZED] = true;
  return true;
}

interface Made {
  definitions: readonly DefinitionNode[];
  operation: Operation;
}

function sameDefinitions(a: readonly DefinitionNode[], b: readonly DefinitionNode[]): boolean {
  return a.length === b.length && a.every((definition, index) => definition === b[index]);
}
