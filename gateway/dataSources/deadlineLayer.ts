// cockatiel's timeout policy keeps the timer (cleared when the call ends, unlike AbortSignal.timeout, whose timer
// fired after every finished call and cost 1 % of the gateway's CPU) and hands the attempt its AbortSignal.
import { timeout, TimeoutStrategy } from 'cockatiel';
import type { Layer } from './layer';
import { asSubgraphFailure, SubgraphFailure } from './subgraphFailure';

/**
 * A deadline per attempt, covering the body as well as the headers: a subgraph that sends headers and then stalls
 * is still slow. When it passes, the request is aborted and the attempt fails with a retryable SUBGRAPH_TIMEOUT.
 * Every other error leaves this layer as a SubgraphFailure, so the layers above see nothing else.
 */
export function deadlineLayer(timeoutMs: number): Layer {
  // cooperative: the fetch stops at the signal (no request left running); abortOnReturn off, since aborting a
  // finished call's controller builds an AbortError for nothing
  const policy = timeout(timeoutMs, { strategy: TimeoutStrategy.Cooperative, abortOnReturn: false });
  return (inner) => (request) =>
    policy.execute(async ({ signal }) => {
      try {
        return await inner({ ...request, signal });
      } catch (error) {
        if (signal.aborted) throw new SubgraphFailure('SUBGRAPH_TIMEOUT', `no answer within ${timeoutMs} ms`, true);
        throw asSubgraphFailure(error);
      }
    });
}
