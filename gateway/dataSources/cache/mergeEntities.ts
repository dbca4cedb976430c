import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';

/** What fetching the missing representations gave, merged with the hits. */
export interface MergedEntities {
  /** The answer the gateway gets: every representation's entity in the original order, errors re-pointed. */
  response: GatewayGraphQLResponse;
  /** The fetched entities, in the order of the asked representations. */
  fetched: readonly unknown[];
  /** Positions (among the fetched) with an error of their own: not to be cached. */
  failed: ReadonlySet<number>;
}

/**
 * Puts the fetched entities back at their indexes among the hits. `asked` are the indexes the fetch asked for, in
 * order; those in `renewed` were hits asked again only to renew their entries: their cached entity stands in the
 * answer, and an error of theirs is left out of it. An error pointing into `_entities` at position j is moved to
 * the index of that representation in the whole list; an error pointing elsewhere (or nowhere) marks every fetched
 * entity as failed, since it cannot be told which it concerns.
 */
export function mergeEntities(
  hits: readonly unknown[],
  asked: readonly number[],
  response: GatewayGraphQLResponse,
  renewed: ReadonlySet<number> = new Set(),
): MergedEntities {
  const data = response.data as { _entities?: unknown } | null | undefined;
  const fetched = Array.isArray(data?._entities) ? (data._entities as unknown[]) : [];
  const failed = new Set<number>();
  const errors = response.errors?.flatMap((error) => {
    const [first, position, ...rest] = error.path ?? [];
    if (first === '_entities' && typeof position === 'number') {
      failed.add(position);
      const index = asked[position];
      return index !== undefined && renewed.has(index)
        ? []
        : [{ ...error, path: ['_entities', index ?? position, ...rest] }];
    }
    for (let position = 0; position < asked.length; position++) failed.add(position);
    return [error];
  });
  if (fetched.length !== asked.length) {
    // no answer for the misses (the subgraph failed): the hits still stand, the misses are null with the errors
    for (let position = 0; position < asked.length; position++) failed.add(position);
  }
  const entities = [...hits];
  for (const [position, index] of asked.entries()) {
    if (!renewed.has(index)) entities[index] = fetched[position] ?? null;
  }
  const { errors: _asFetched, ...answer } = response;
  return {
    response: {
      ...answer,
      data: { ...(data ?? {}), _entities: entities },
      ...(errors?.length ? { errors } : {}),
    },
    fetched,
    failed,
  };
}
