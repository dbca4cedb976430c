// The state of the console's live stream (Server-Sent Events), as graphql-sse reports it. urql only hears of a
// broken stream once graphql-sse has given up retrying (minutes), so a page that wants to say "Reconnecting…" while
// it retries needs graphql-sse's own events: graphql/client.ts passes `streamConnectionListeners` as the SSE
// client's `on` option. Unwired, the state stays 'unknown' and pages judge by urql's result and navigator.onLine.

export type StreamState = 'unknown' | 'connecting' | 'connected' | 'reconnecting';

let state: StreamState = 'unknown';
/** Bumped on every reconnection, so a page can re-read what it may have missed while the stream was down. */
let reconnections = 0;
const listeners = new Set<() => void>();

function set(next: StreamState, reconnected = false): void {
  if (reconnected) reconnections += 1;
  if (next === state && !reconnected) return;
  state = next;
  for (const listener of listeners) listener();
}

/** graphql-sse's EventListeners (createClient's `on`). */
export const streamConnectionListeners = {
  connecting(reconnecting: boolean): void {
    set(reconnecting ? 'reconnecting' : 'connecting');
  },
  connected(reconnected: boolean): void {
    set('connected', reconnected);
  },
};

/** For useSyncExternalStore. */
export function subscribeStreamState(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function streamState(): StreamState {
  return state;
}

export function streamReconnections(): number {
  return reconnections;
}
