/** closed: calls go through · open: calls fail fast · half-open: one probe call decides. */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failed calls that open the breaker. */
  failureThreshold: number;
  /** How long the breaker stays open before it lets one probe through. */
  cooldownMs: number;
  /** Milliseconds now; replaced by a fake clock in tests. */
  now?: () => number;
}

/**
 * One subgraph's circuit breaker. A subgraph that is down would otherwise cost every request the full timeout
 * (and its retries); while the breaker is open, requests fail at once and the subgraph gets room to recover.
 * After the cool-down exactly one request probes it: success closes the breaker, failure opens it again.
 *
 * Pure state: no timers, no I/O. The caller asks `tryAcquire()` before a call and reports its outcome.
 */
export class CircuitBreaker {
  private currentState: BreakerState = 'closed';
  private consecutiveFailures = 0;
  private openedAt = 0;
  private probeInFlight = false;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    if (!(options.failureThreshold >= 1)) {
      throw new Error(`failureThreshold must be at least 1 (got ${options.failureThreshold}).`);
    }
    this.now = options.now ?? Date.now;
  }

  /** The state as of now: an open breaker whose cool-down has passed reads as half-open. */
  get state(): BreakerState {
    if (this.currentState === 'open' && this.now() - this.openedAt >= this.options.cooldownMs) return 'half-open';
    return this.currentState;
  }

  /** Whether a call may go out now. In half-open, only the first caller gets `true`: it is the probe. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open') return false;
    if (this.probeInFlight) return false;
    this.currentState = 'half-open';
    this.probeInFlight = true;
    return true;
  }

  /** Milliseconds until an open breaker lets a probe through; 0 when it is not open. */
  retryInMs(): number {
    if (this.state !== 'open') return 0;
    return Math.max(0, this.openedAt + this.options.cooldownMs - this.now());
  }

  onSuccess(): void {
    this.currentState = 'closed';
    this.consecutiveFailures = 0;
    this.probeInFlight = false;
  }

  onFailure(): void {
    this.consecutiveFailures += 1;
    if (this.currentState === 'half-open' || this.consecutiveFailures >= this.options.failureThreshold) {
      this.currentState = 'open';
      this.openedAt = this.now();
      this.probeInFlight = false;
    }
  }
}
