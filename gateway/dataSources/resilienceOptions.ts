import type { RetryOptions } from './retryPolicy';

/** How the gateway protects itself from slow or broken subgraphs, and spares them repeated work. */
export interface ResilienceOptions extends RetryOptions {
  /** Deadline of one attempt at a subgraph call, unless `timeoutsMs` names the subgraph. */
  timeoutMs: number;
  /** Subgraph name → its own deadline. */
  timeoutsMs: Readonly<Record<string, number>>;
  /** Consecutive failed attempts that open a subgraph's circuit breaker. */
  breakerFailures: number;
  /** How long an open breaker fails fast before it lets one probe through. */
  breakerCooldownMs: number;
  /** Identical queries in flight at once share one subgraph call (dedupLayer.ts); false leaves the layer out. */
  dedup: boolean;
}

export const DEFAULT_RESILIENCE: ResilienceOptions = {
  timeoutMs: 5_000,
  timeoutsMs: {},
  retries: 2,
  baseDelayMs: 100,
  maxDelayMs: 1_000,
  breakerFailures: 5,
  breakerCooldownMs: 5_000,
  dedup: true,
};

/** How long a stopping gateway waits for requests in flight before it closes their connections. */
export const DEFAULT_DRAIN_MS = 10_000;
