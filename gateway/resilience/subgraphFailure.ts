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
  ) {
    super(`${code}: ${detail}`);
  }
}
