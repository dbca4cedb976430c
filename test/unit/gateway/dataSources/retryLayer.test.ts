import { retryLayer } from '../../../../gateway/dataSources/retryLayer';
import { SubgraphFailure } from '../../../../gateway/dataSources';
import { brokenBody, scriptedInner, subgraphRequest, timeout } from './subgraphRequest';

const QUERY = '{ customer(id: "cus_1") { name } }';
const MUTATION = 'mutation { refundOrder(id: "ord_1") { id } }';
const OK = { data: { ok: true } };
// no waiting in tests: the jitter's dice always say 0 ms
const retries = (count: number) => retryLayer({ retries: count, baseDelayMs: 100, maxDelayMs: 1_000 }, () => 0);

describe('Retry layer: queries again after failures worth it (cockatiel)', () => {
  it('tries a query again after a retryable failure and returns the answer that came', async () => {
    const inner = scriptedInner(timeout(), timeout(), OK);
    await expect(retries(2)(inner.fetch)(subgraphRequest(QUERY))).resolves.toEqual(OK);
    expect(inner.calls).toHaveLength(3);
  });

  it('stops after `retries` retries and passes the last failure on', async () => {
    const inner = scriptedInner(timeout());
    const failure = await retries(2)(inner.fetch)(subgraphRequest(QUERY)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SubgraphFailure);
    expect(inner.calls).toHaveLength(3);
    const none = scriptedInner(timeout());
    await expect(retries(0)(none.fetch)(subgraphRequest(QUERY))).rejects.toBeInstanceOf(SubgraphFailure);
    expect(none.calls).toHaveLength(1);
  });

  it('does not retry a failure that is not worth it, nor a call the open breaker refused', async () => {
    const broken = scriptedInner(brokenBody(), OK);
    await expect(retries(2)(broken.fetch)(subgraphRequest(QUERY))).rejects.toMatchObject({ retryable: false });
    expect(broken.calls).toHaveLength(1);
    const refused = scriptedInner(new SubgraphFailure('SUBGRAPH_TIMEOUT', 'circuit open', false, true), OK);
    await expect(retries(2)(refused.fetch)(subgraphRequest(QUERY))).rejects.toMatchObject({ refused: true });
    expect(refused.calls).toHaveLength(1);
  });

  it('never retries a mutation, whatever the failure', async () => {
    const inner = scriptedInner(timeout(), OK);
    await expect(retries(2)(inner.fetch)(subgraphRequest(MUTATION))).rejects.toMatchObject({ retryable: true });
    expect(inner.calls).toHaveLength(1);
  });

  it('waits the backoff between attempts: full jitter below base · 2^(n-1)', async () => {
    jest.useFakeTimers();
    try {
      const inner = scriptedInner(timeout(), timeout(), OK);
      const layer = retryLayer({ retries: 2, baseDelayMs: 100, maxDelayMs: 1_000 }, () => 0.5);
      const answer = layer(inner.fetch)(subgraphRequest(QUERY));
      await jest.advanceTimersByTimeAsync(49);
      expect(inner.calls).toHaveLength(1);
      await jest.advanceTimersByTimeAsync(1); // 0.5 · 100
      expect(inner.calls).toHaveLength(2);
      await jest.advanceTimersByTimeAsync(99);
      expect(inner.calls).toHaveLength(2);
      await jest.advanceTimersByTimeAsync(1); // 0.5 · 200
      await expect(answer).resolves.toEqual(OK);
    } finally {
      jest.useRealTimers();
    }
  });
});
