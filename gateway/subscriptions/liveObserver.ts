/** What the live service reports for metrics (gateway/observability implements it on the gateway's registry). */
export interface LiveObserver {
  /** A stream opened (+1) or ended (-1). */
  subscriptions(field: string, delta: 1 | -1): void;
  /** One emission delivered to `members` subscribers. */
  emitted(field: string, members: number): void;
  /** One resolution through the graph (shared emissions resolve once for all their members). */
  resolved(field: string): void;
  /** A stream ended by the gateway, by reason (SLOW_CONSUMER, TOKEN_EXPIRED, GATEWAY_STOPPING). */
  dropped(reason: string): void;
}

export const NO_LIVE_OBSERVER: LiveObserver = {
  subscriptions: () => undefined,
  emitted: () => undefined,
  resolved: () => undefined,
  dropped: () => undefined,
};
