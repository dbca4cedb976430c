import { deadlineLayer } from '../../../../gateway/dataSources/deadlineLayer';
import type { SubgraphFetch } from '../../../../gateway/dataSources';
import { SubgraphFailure } from '../../../../gateway/dataSources';
import { subgraphRequest } from './subgraphRequest';

const QUERY = '{ customer(id: "cus_1") { name } }';

describe('Deadline layer: a bound on each attempt (cockatiel timeout)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('aborts the attempt when the deadline passes and fails it as a retryable SUBGRAPH_TIMEOUT', async () => {
    let seen: AbortSignal | undefined;
    const hanging: SubgraphFetch = ({ signal }) =>
      new Promise((_resolve, reject) => {
        seen = signal;
        signal?.addEventListener('abort', () => reject(new Error('socket aborted')));
      });
    const answer = deadlineLayer(100)(hanging)(subgraphRequest(QUERY)).catch((error: unknown) => error);
    await jest.advanceTimersByTimeAsync(99);
    expect(seen?.aborted).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(seen?.aborted).toBe(true);
    const failure = await answer;
    expect(failure).toBeInstanceOf(SubgraphFailure);
    expect(failure).toMatchObject({ code: 'SUBGRAPH_TIMEOUT', retryable: true, detail: 'no answer within 100 ms' });
  });

  it('passes an answer in time on, leaving the signal alone and no timer behind', async () => {
    let seen: AbortSignal | undefined;
    const quick: SubgraphFetch = async ({ signal }) => {
      seen = signal;
      return { data: { ok: true } };
    };
    await expect(deadlineLayer(100)(quick)(subgraphRequest(QUERY))).resolves.toEqual({ data: { ok: true } });
    expect(seen?.aborted).toBe(false);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('turns any other error into a SubgraphFailure not worth retrying', async () => {
    const buggy: SubgraphFetch = async () => {
      throw new TypeError('boom');
    };
    await expect(deadlineLayer(100)(buggy)(subgraphRequest(QUERY))).rejects.toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      detail: 'unexpected: boom',
      retryable: false,
    });
  });
});
