import { DEFAULT_LIVE_SETTINGS, readLiveVariables } from '../../../../gateway/subscriptions';
import { parseGatewayConfig } from '../../../../gateway/config';

describe('Live settings: the LIVE_* variables', () => {
  it('defaults to 100 ms coalescing, 64 buffered, 1000 replayed, 10000 per process and 100 per caller', () => {
    expect(readLiveVariables({})).toEqual({ live: DEFAULT_LIVE_SETTINGS, issues: [] });
    expect(DEFAULT_LIVE_SETTINGS).toMatchObject({
      coalesceMs: 100,
      bufferSize: 64,
      replayMax: 1000,
      maxSubscriptions: 10_000,
      maxSubscriptionsPerCaller: 100,
    });
  });

  it('reads every variable, and reports bad ones with the gateway’s other issues', () => {
    expect(
      readLiveVariables({
        LIVE_COALESCE_MS: '0',
        LIVE_BUFFER: ' 8 ',
        LIVE_REPLAY_MAX: '50',
        LIVE_MAX_SUBSCRIPTIONS: '20',
        LIVE_MAX_SUBSCRIPTIONS_PER_CALLER: '2',
      }).live,
    ).toMatchObject({
      coalesceMs: 0,
      bufferSize: 8,
      replayMax: 50,
      maxSubscriptions: 20,
      maxSubscriptionsPerCaller: 2,
    });
    expect(() => parseGatewayConfig({ LIVE_BUFFER: '0', LIVE_COALESCE_MS: 'soon' })).toThrow(
      /LIVE_COALESCE_MS[\s\S]*whole number[\s\S]*LIVE_BUFFER[\s\S]*at least 1/,
    );
  });
});
