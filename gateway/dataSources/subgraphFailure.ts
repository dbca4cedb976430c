/** The codes a client sees when a subgraph could not give its part of the answer. */
export type SubgraphFailureCode = 'SUBGRAPH_UNAVAILABLE' | 'SUBGRAPH_TIMEOUT';

/**
 * A subgraph call that produced no GraphQL answer. `detail` (status, socket error, start of the body) is for the
 * logs only: it names internal hosts and may contain the subgraph's own stack trace.
 */
export class SubgraphFailure extends Error {
  override readonly name = 'SubgraphFailure';

  constructor(
    readonly code: SubgraphFailureCode,
    readonly detail: string,
    /** Worth another attempt: a network error, a timeout, 502-504. */
    readonly retryable: boolean,
    /** Never sent: the open circuit breaker refused it (its code is the last real failure's). */
    readonly refused = false,
  ) {
    super(`${code}: ${detail}`);
  }
}

/** Any error of a subgraph call as a SubgraphFailure: one we did not expect is not worth retrying. */
export function asSubgraphFailure(error: unknown): SubgraphFailure {
  if (error instanceof SubgraphFailure) return error;
  return new SubgraphFailure('SUBGRAPH_UNAVAILABLE', `unexpected: ${(error as Error).message}`, false);
}
