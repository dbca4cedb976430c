import { deadlineLayer } from '../../../../gateway/dataSources/deadlineLayer';
import type { SubgraphFetch } from '../../../../gateway/dataSources';
import type { Deadline } from '../../../../gateway/dataSources/layer';
import { SubgraphFailure } from '../../../../gateway/dataSources';
import { subgraphRequest } from './subgraphRequest';

const QUERY = '{ customer(id: "cus_1") { name } }';

describe('Deadline layer: a bound on each attempt', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('aborts the attempt when the deadline passes and fails it as a retryable SUBGRAPH_TIMEOUT', async () => {
    let seen: Deadline | undefined;
    let aborted = false;
    const hanging: SubgraphFetch = ({ deadline }) =>
      new Promise((_resolve, reject) => {
        seen = deadline;
        deadline?.onExpiry(() => {
          aborted = true;
          reject(new Error('socket aborted'));
        });
      });
    const answer = deadlineLayer(100)(hanging)(subgraphRequest(QUERY)).catch((error: unknown) => error);
    await jest.advanceTimersByTimeAsync(99);
    expect(seen?.expired).toBe(false);
    expect(aborted).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(seen?.expired).toBe(true);
    expect(aborted).toBe(true);
    const failure = await answer;
    expect(failure).toBeInstanceOf(SubgraphFailure);
    expect(failure).toMatchObject({ code: 'SUBGRAPH_TIMEOUT', retryable: true, detail: 'no answer within 100 ms' });
  });

  it('aborts at once what starts listening after the deadline passed', async () => {
    let late: Promise<boolean> | undefined;
    const slowToStart: SubgraphFetch = ({ deadline }) =>
      new Promise((_resolve, reject) => {
        late = new Promise((resolve) =>
          setTimeout(() => {
            deadline?.onExpiry(() => {
              resolve(true);
              reject(new Error('socket aborted'));
            });
          }, 150),
        );
      });
    const answer = deadlineLayer(100)(slowToStart)(subgraphRequest(QUERY)).catch((error: unknown) => error);
    await jest.advanceTimersByTimeAsync(150);
    await expect(late).resolves.toBe(true);
    await expect(answer).resolves.toMatchObject({ code: 'SUBGRAPH_TIMEOUT' });
  });

  it('passes an answer in time on, leaving the deadline unexpired and no timer behind', async () => {
    let seen: Deadline | undefined;
    const quick: SubgraphFetch = async ({ deadline }) => {
      seen = deadline;
      return { data: { ok: true } };
    };
    await expect(deadlineLayer(100)(quick)(subgraphRequest(QUERY))).resolves.toEqual({ data: { ok: true } });
    expect(seen?.expired).toBe(false);
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
