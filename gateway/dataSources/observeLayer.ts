import { performance } from 'node:perf_hooks';
import type { Layer } from './layer';
import { asSubgraphFailure } from './subgraphFailure';
import type { SubgraphFailure, SubgraphFailureCode } from './subgraphFailure';

/** How one subgraph call ended: answered, failed, or refused by the open breaker without being sent. */
export type FetchOutcome = 'ok' | SubgraphFailureCode | 'CIRCUIT_OPEN';

export interface FetchObserver {
  /** Receives every failure in full (status, socket error, start of the body), for the logs. */
  onFailure?: ((service: string, failure: SubgraphFailure) => void) | undefined;
  /** Told of every attempt and how long it took, for the metrics; 0 ms when the breaker refused it. */
  onFetch?: ((service: string, ms: number, outcome: FetchOutcome) => void) | undefined;
}

/** Reports each attempt (it sits inside the retry layer) to the logs and metrics; passes everything on as it is. */
export function observeLayer(subgraph: string, { onFailure, onFetch }: FetchObserver): Layer {
  return (inner) => async (request) => {
    const started = performance.now();
    try {
      const response = await inner(request);
      onFetch?.(subgraph, performance.now() - started, 'ok');
      return response;
    } catch (error) {
      const failure = asSubgraphFailure(error);
      if (failure.refused) {
        onFetch?.(subgraph, 0, 'CIRCUIT_OPEN');
      } else {
        onFailure?.(subgraph, failure);
        onFetch?.(subgraph, performance.now() - started, failure.code);
      }
      throw failure;
    }
  };
}
