/** A GraphQL name (the spec's grammar), capped at a length no real operation name needs. */
const GRAPHQL_NAME = /^[_a-z]\w{0,99}$/i;

/**
 * `value` if it is a valid GraphQL operation name, else undefined. A client-supplied `operationName` that the
 * server never resolved may be anything; only a name goes into logs and metric labels.
 */
export function validOperationName(value: unknown): string | undefined {
  return typeof value === 'string' && GRAPHQL_NAME.test(value) ? value : undefined;
}
