// cockatiel's circuit breaker (a ConsecutiveBreaker) does the counting, the opening and the one probe after the
// cool-down. Kept by hand, two small pieces: cockatiel makes callers that arrive while the probe is out wait for
// it (up to a whole deadline), where ours fail fast at once; and its state stays `open` until a call arrives,
// where GET /ready and the circuit-state gauge must show `half-open` as soon as the cool-down has passed.
import { BrokenCircuitError, circuitBreaker, CircuitState, ConsecutiveBreaker, handleAll } from 'cockatiel';
import type { Layer } from './layer';
import { asSubgraphFailure, SubgraphFailure } from './subgraphFailure';
import type { SubgraphFailureCode } from './subgraphFailure';

/** closed: calls go through · open: calls fail fast · half-open: one probe call decides. */
export type BreakerState = 'closed' | 'open' | 'half-open';

/** What GET /ready shows of a subgraph: never its URL. */
export interface SubgraphHealth {
  state: BreakerState;
  /** The code of the last failed call, until a call succeeds. */
  lastError?: SubgraphFailureCode;
}

export interface BreakerOptions {
  /** Consecutive failed calls that open the breaker. */
  failureThreshold: number;
  /** How long the breaker stays open before it lets one probe through. */
  cooldownMs: number;
}

export interface BreakerLayer {
  layer: Layer;
  health(): SubgraphHealth;
}

/**
 * One subgraph's circuit breaker. A subgraph that is down would otherwise cost every request the full deadline
 * (and its retries); while the breaker is open, calls fail at once, without a socket, and the subgraph gets room to
 * recover. After the cool-down exactly one call probes it: success closes the breaker, failure opens it again.
 * A refused call fails with the last real failure's code, so the client hears why.
 */
export function breakerLayer({ failureThreshold, cooldownMs }: BreakerOptions): BreakerLayer {
  if (!(failureThreshold >= 1)) {
    throw new Error(`failureThreshold must be at least 1 (got ${failureThreshold}): set breakerFailures to 1 or more.`);
  }
  const policy = circuitBreaker(handleAll, {
    halfOpenAfter: cooldownMs,
    breaker: new ConsecutiveBreaker(failureThreshold),
  });
  let openedAt = 0;
  policy.onBreak(() => {
    openedAt = Date.now();
  });
  let lastError: SubgraphFailureCode | undefined;

  const state = (): BreakerState => {
    switch (policy.state) {
      case CircuitState.Closed:
        return 'closed';
      case CircuitState.HalfOpen:
        return 'half-open';
      default:
        return Date.now() - openedAt >= cooldownMs && policy.state === CircuitState.Open ? 'half-open' : 'open';
    }
  };
  const refused = () => new SubgraphFailure(lastError ?? 'SUBGRAPH_UNAVAILABLE', 'circuit open: not sent', false, true);

  const layer: Layer = (inner) => async (request) => {
    // the probe is out: fail fast rather than queue behind it
    if (policy.state === CircuitState.HalfOpen) throw refused();
    try {
      const response = await policy.execute(() => inner(request));
      lastError = undefined;
      return response;
    } catch (error) {
      if (error instanceof BrokenCircuitError) throw refused();
      const failure = asSubgraphFailure(error);
      lastError = failure.code;
      throw failure;
    }
  };
  return { layer, health: () => ({ state: state(), ...(lastError ? { lastError } : {}) }) };
}
