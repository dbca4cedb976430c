import { integerVariable, readVariables } from '../../platform/settings';
import type { Env, EnvIssue } from '../../platform/settings';

/** How live subscriptions behave and how many there may be (LIVE_* variables). */
export interface LiveSettings {
  /** LIVE_COALESCE_MS: changes within this many ms after the first become one emission. */
  coalesceMs: number;
  /** LIVE_BUFFER: emissions waiting for a slow subscriber before its stream is ended (SLOW_CONSUMER). */
  bufferSize: number;
  /** LIVE_REPLAY_MAX: the most missed changes a reconnecting subscriber is replayed; beyond, a resync. */
  replayMax: number;
  /** LIVE_MAX_SUBSCRIPTIONS: open streams per gateway process (503 SUBSCRIPTION_CAPACITY beyond). */
  maxSubscriptions: number;
  /** LIVE_MAX_SUBSCRIPTIONS_PER_CALLER: open streams per caller (role + user; 429 TOO_MANY_SUBSCRIPTIONS beyond). */
  maxSubscriptionsPerCaller: number;
  /**
   * LIVE_HEARTBEAT_MS: how often the transports show an idle stream is alive (an SSE `:` comment line, a WebSocket
   * ping), and how long a client may go without reading (SSE) or answering a ping (WebSocket) before it is cut off.
   */
  heartbeatMs: number;
}

export const DEFAULT_LIVE_SETTINGS: Readonly<LiveSettings> = {
  coalesceMs: 100,
  bufferSize: 64,
  replayMax: 1000,
  maxSubscriptions: 10_000,
  maxSubscriptionsPerCaller: 100,
  // under the 30-60 s after which proxies and load balancers commonly close a silent connection
  heartbeatMs: 15_000,
};

/** Reads the LIVE_* variables; issues are returned for parseGatewayConfig to report with every other bad one. */
export function readLiveVariables(env: Env): { live: LiveSettings; issues: EnvIssue[] } {
  const d = DEFAULT_LIVE_SETTINGS;
  const { values, issues } = readVariables(env, {
    LIVE_COALESCE_MS: {
      // a minute of coalescing is a typo: subscribers would see nothing for that long
      schema: integerVariable(d.coalesceMs, { max: 60_000 }),
      fix: `Set LIVE_COALESCE_MS to how long changes are gathered into one emission, in ms (0-60000), e.g. ${d.coalesceMs}`,
    },
    LIVE_BUFFER: {
      schema: integerVariable(d.bufferSize, { min: 1, max: 100_000 }),
      fix: `Set LIVE_BUFFER to the emissions that may wait for a slow subscriber, e.g. ${d.bufferSize}`,
    },
    LIVE_REPLAY_MAX: {
      schema: integerVariable(d.replayMax, { min: 1, max: 1_000_000 }),
      fix: `Set LIVE_REPLAY_MAX to the most missed changes replayed on a reconnect, e.g. ${d.replayMax}`,
    },
    LIVE_MAX_SUBSCRIPTIONS: {
      schema: integerVariable(d.maxSubscriptions, { min: 1, max: 10_000_000 }),
      fix: `Set LIVE_MAX_SUBSCRIPTIONS to the open subscriptions this gateway process may hold, e.g. ${d.maxSubscriptions}`,
    },
    LIVE_MAX_SUBSCRIPTIONS_PER_CALLER: {
      schema: integerVariable(d.maxSubscriptionsPerCaller, { min: 1, max: 10_000_000 }),
      fix: `Set LIVE_MAX_SUBSCRIPTIONS_PER_CALLER to the open subscriptions one caller may hold, e.g. ${d.maxSubscriptionsPerCaller}`,
    },
    LIVE_HEARTBEAT_MS: {
      // below 100 ms the heartbeats are the traffic; above 10 minutes proxies will have closed the connection
      schema: integerVariable(d.heartbeatMs, { min: 100, max: 600_000 }),
      fix: `Set LIVE_HEARTBEAT_MS to how often idle live streams send a heartbeat, in ms (100-600000), e.g. ${d.heartbeatMs}`,
    },
  });
  return {
    issues,
    live: {
      coalesceMs: values.LIVE_COALESCE_MS,
      bufferSize: values.LIVE_BUFFER,
      replayMax: values.LIVE_REPLAY_MAX,
      maxSubscriptions: values.LIVE_MAX_SUBSCRIPTIONS,
      maxSubscriptionsPerCaller: values.LIVE_MAX_SUBSCRIPTIONS_PER_CALLER,
      heartbeatMs: values.LIVE_HEARTBEAT_MS,
    },
  };
}
