// Live subscriptions: which subscription gets which change, coalesced, shared, replayed after a reconnect.
export { createLiveService } from './createLiveService';
export type { LiveServiceOptions } from './createLiveService';
export type { EmissionInfo, LiveFieldBinding } from './liveFieldBinding';
export { isRefusal } from './liveExecutor';
export type { LiveExecutor, LivePreparedSubscription } from './liveExecutor';
export { liveArgumentError, LiveErrorCode, liveRefusal } from './liveErrorCode';
export type { LiveRefusal } from './liveErrorCode';
export { NO_LIVE_OBSERVER } from './liveObserver';
export type { LiveObserver } from './liveObserver';
export type { LiveMessage, LiveRequest, LiveService, LiveStream } from './liveService';
export { DEFAULT_LIVE_SETTINGS, readLiveVariables } from './liveSettings';
export type { LiveSettings } from './liveSettings';
// The executor: a subscribe request checked and planned like a query, each emission resolved through the graph.
export { isLiveSubgraphUrl, LIVE_SUBGRAPH_URL, LiveDataSource } from './liveDataSource';
export { createSubscriptionExecutor } from './subscriptionExecutor';
export type {
  PreparedSubscription,
  SubscribeRequest,
  SubscriptionExecutor,
  SubscriptionExecutorOptions,
  SubscriptionRefusal,
} from './subscriptionExecutor';
