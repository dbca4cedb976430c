import type { Deadline, Layer } from './layer';
import { asSubgraphFailure, SubgraphFailure } from './subgraphFailure';

/**
 * A deadline per attempt, covering the body as well as the headers: a subgraph that sends headers and then stalls
 * is still slow. When it passes, the request is aborted and the attempt fails with a retryable SUBGRAPH_TIMEOUT.
 * Every other error leaves this layer as a SubgraphFailure, so the layers above see nothing else.
 *
 * One timer, cleared when the call ends (AbortSignal.timeout's fired after every finished call and built a
 * DOMException each time), and no AbortController: cockatiel's timeout policy derived one per attempt, and its
 * listeners cost more than the rest of the layer (bench/PROFILE.md).
 */
export function deadlineLayer(timeoutMs: number): Layer {
  return (inner) => async (request) => {
    const deadline = new AttemptDeadline();
    const timer = setTimeout(() => deadline.expire(), timeoutMs);
    try {
      return await inner({ ...request, deadline });
    } catch (error) {
      if (deadline.expired) throw new SubgraphFailure('SUBGRAPH_TIMEOUT', `no answer within ${timeoutMs} ms`, true);
      throw asSubgraphFailure(error);
    } finally {
      clearTimeout(timer);
    }
  };
}

class AttemptDeadline implements Deadline {
  expired = false;
  private abort: (() => void) | undefined;

  onExpiry(abort: (() => void) | undefined): void {
    if (this.expired) abort?.();
    else this.abort = abort;
  }

  expire(): void {
    this.expired = true;
    const abort = this.abort;
    this.abort = undefined;
    abort?.();
  }
}
