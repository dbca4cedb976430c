import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSavedOperation } from '../../gateway/playground/savedOperations';

/**
 * An operation from operations/ (the playground's saved operations, with the shared fragments it spreads), so the
 * bench sends what agents send.
 */
export function savedOperation(name: string): string {
  return loadSavedOperation(name).query;
}

/** The light lookup, which has no saved operation: see orderStatus.graphql. */
export function orderStatusOperation(): string {
  return readFileSync(join(__dirname, 'orderStatus.graphql'), 'utf8');
}

/** A POST body. */
export function graphqlBody(query: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}

/** Cycles through `values`, shared by every connection: request k gets value k mod n. */
export function cycle<T>(values: readonly T[]): () => T {
  if (values.length === 0) throw new Error('invariant: nothing to cycle through');
  let next = 0;
  return () => values[next++ % values.length] as T;
}
