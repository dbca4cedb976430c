import { breakerLayer } from '../../../../gateway/dataSources/breakerLayer';
import type { SubgraphFailure } from '../../../../gateway/dataSources';
import { subgraphRequest, timeout } from './subgraphRequest';

const QUERY = '{ customer(id: "cus_1") { name } }';
const OK = { data: { customer: { name: 'Maria Keller' } } };

/** A breaker over a subgraph that fails while `down` is true; the clock is jest's. */
function breakerAt(failureThreshold = 3, cooldownMs = 1_000) {
  const subgraph = { down: true, calls: 0 };
  const breaker = breakerLayer({ failureThreshold, cooldownMs });
  const call = breaker.layer(async () => {
    subgraph.calls += 1;
    if (subgraph.down) throw timeout();
    return OK;
  });
  const attempt = () => call(subgraphRequest(QUERY)).catch((error: unknown) => error as SubgraphFailure);
  return { breaker, subgraph, attempt };
}

describe('Breaker layer: one circuit breaker per subgraph (cockatiel)', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  it('starts closed and lets calls through', async () => {
    const { breaker, subgraph, attempt } = breakerAt();
    subgraph.down = false;
    await expect(attempt()).resolves.toEqual(OK);
    expect(breaker.health()).toEqual({ state: 'closed' });
  });

  it('opens after the threshold of consecutive failures, then fails fast with the last failure’s code', async () => {
    const { breaker, subgraph, attempt } = breakerAt(3);
    await attempt();
    await attempt();
    expect(breaker.health()).toEqual({ state: 'closed', lastError: 'SUBGRAPH_TIMEOUT' });
    await attempt();
    expect(breaker.health()).toEqual({ state: 'open', lastError: 'SUBGRAPH_TIMEOUT' });
    const refused = await attempt();
    expect(subgraph.calls).toBe(3);
    expect(refused).toMatchObject({ code: 'SUBGRAPH_TIMEOUT', refused: true, retryable: false });
  });

  it('counts only consecutive failures: a success in between starts the count again', async () => {
    const { breaker, subgraph, attempt } = breakerAt(3);
    await attempt();
    await attempt();
    subgraph.down = false;
    await attempt();
    expect(breaker.health()).toEqual({ state: 'closed' });
    subgraph.down = true;
    await attempt();
    await attempt();
    expect(breaker.health().state).toBe('closed');
  });

  it('reads half-open once the cool-down has passed, and lets exactly one probe through', async () => {
    const { breaker, subgraph, attempt } = breakerAt(1, 1_000);
    await attempt();
    jest.setSystemTime(999);
    expect(breaker.health().state).toBe('open');
    jest.setSystemTime(1_000);
    expect(breaker.health().state).toBe('half-open');
    subgraph.down = false;
    let release: () => void = () => undefined;
    const slowProbe = breaker.layer(
      () => new Promise((resolve) => (release = () => resolve({ data: { probe: true } }))),
    );
    const probe = slowProbe(subgraphRequest(QUERY));
    // while the probe is out, others fail at once rather than wait for it
    await expect(attempt()).resolves.toMatchObject({ refused: true });
    release();
    await expect(probe).resolves.toEqual({ data: { probe: true } });
    expect(breaker.health()).toEqual({ state: 'closed' });
    await expect(attempt()).resolves.toEqual(OK);
  });

  it('opens again for a whole cool-down when the probe fails', async () => {
    const { breaker, subgraph, attempt } = breakerAt(3, 1_000);
    for (let i = 0; i < 3; i++) await attempt();
    jest.setSystemTime(1_500);
    await expect(attempt()).resolves.toMatchObject({ refused: false }); // the probe, which fails
    expect(subgraph.calls).toBe(4);
    expect(breaker.health().state).toBe('open');
    jest.setSystemTime(2_499);
    await expect(attempt()).resolves.toMatchObject({ refused: true });
    jest.setSystemTime(2_500);
    await attempt();
    expect(subgraph.calls).toBe(5);
  });

  it('refuses a threshold below 1, which would never let a call through', () => {
    expect(() => breakerLayer({ failureThreshold: 0, cooldownMs: 1 })).toThrow('at least 1');
  });
});
