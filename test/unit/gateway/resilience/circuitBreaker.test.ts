import { CircuitBreaker } from '../../../../gateway/resilience/circuitBreaker';

function breakerAt(failureThreshold = 3, cooldownMs = 1_000) {
  const clock = { now: 0 };
  const breaker = new CircuitBreaker({ failureThreshold, cooldownMs, now: () => clock.now });
  return { breaker, clock };
}

function fail(breaker: CircuitBreaker, times: number): void {
  for (let i = 0; i < times; i++) {
    expect(breaker.tryAcquire()).toBe(true);
    breaker.onFailure();
  }
}

describe('CircuitBreaker', () => {
  it('starts closed and lets calls through', () => {
    const { breaker } = breakerAt();
    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('opens after the threshold of consecutive failures and then fails fast', () => {
    const { breaker } = breakerAt(3);
    fail(breaker, 2);
    expect(breaker.state).toBe('closed');
    fail(breaker, 1);
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
    expect(breaker.retryInMs()).toBe(1_000);
  });

  it('counts only consecutive failures: a success in between starts the count again', () => {
    const { breaker } = breakerAt(3);
    fail(breaker, 2);
    breaker.onSuccess();
    fail(breaker, 2);
    expect(breaker.state).toBe('closed');
  });

  it('goes half-open after the cool-down and lets exactly one probe through', () => {
    const { breaker, clock } = breakerAt(1, 1_000);
    fail(breaker, 1);
    clock.now = 999;
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
    clock.now = 1_000;
    expect(breaker.state).toBe('half-open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    expect(breaker.state).toBe('half-open');
  });

  it('closes when the probe succeeds', () => {
    const { breaker, clock } = breakerAt(1, 1_000);
    fail(breaker, 1);
    clock.now = 1_000;
    expect(breaker.tryAcquire()).toBe(true);
    breaker.onSuccess();
    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('opens again for a whole cool-down when the probe fails', () => {
    const { breaker, clock } = breakerAt(3, 1_000);
    fail(breaker, 3);
    clock.now = 1_500;
    expect(breaker.tryAcquire()).toBe(true);
    breaker.onFailure(); // one failure is enough in half-open
    expect(breaker.state).toBe('open');
    expect(breaker.retryInMs()).toBe(1_000);
    clock.now = 2_499;
    expect(breaker.tryAcquire()).toBe(false);
    clock.now = 2_500;
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('refuses a threshold below 1, which would never let a call through', () => {
    expect(() => new CircuitBreaker({ failureThreshold: 0, cooldownMs: 1 })).toThrow('at least 1');
  });
});
