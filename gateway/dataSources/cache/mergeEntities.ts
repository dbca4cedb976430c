import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';

/** What fetching the missing representations gave, merged with the hits. */
export interface MergedEntities {
  /** The answer the gateway gets: every representation's entity in the original order, errors re-pointed. */
  response: GatewayGraphQLResponse;
  /** The fetched entities, in the order of the missing representations. */
  fetched: readonly unknown[];
  /** Positions (among the fetched) with an error of their own: not to be cached. */
  failed: ReadonlySet<number>;
}

/**
 * Puts the fetched entities back at their indexes among the hits. An error pointing into `_entities` at position
 * j is moved to the index of that representation in the whole list; an error pointing elsewhere (or nowhere)
 * marks every fetched entity as failed, since it cannot be told which it concerns.
 */
export function mergeEntities(
  hits: readonly unknown[],
  missing: readonly number[],
  response: GatewayGraphQLResponse,
): MergedEntities {
  const data = response.data as { _entities?: unknown } | null | undefined;
  const fetched = Array.isArray(data?._entities) ? (data._entities as unknown[]) : [];
  const failed = new Set<number>();
  const errors = response.errors?.map((error) => {
    const [first, position, ...rest] = error.path ?? [];
    if (first === '_entities' && typeof position === 'number') {
      failed.add(position);
      return { ...error, path: ['_entities', missing[position] ?? position, ...rest] };
    }
    for (let index = 0; index < missing.length; index++) failed.add(index);
    return error;
  });
  if (fetched.length !== missing.length) {
    // no answer for the misses (the subgraph failed): the hits still stand, the misses are null with the errors
    for (let index = 0; index < missing.length; index++) failed.add(index);
  }
  const entities = [...hits];
  for (const [position, index] of missing.entries()) entities[index] = fetched[position] ?? null;
  return {
    response: {
      ...response,
      data: { ...(data ?? {}), _entities: entities },
      ...(errors ? { errors } : {}),
    },
    fetched,
    failed,
  };
}
