import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useSubscription } from 'urql';
import { ConsoleLiveCustomerDocument } from '../../../operations/__generated__/graphql';
import type { ConsoleLiveCustomerSubscription } from '../../../operations/__generated__/graphql';
import { streamReconnections, streamState, subscribeStreamState } from './streamConnection';

export type CustomerUpdate = ConsoleLiveCustomerSubscription['customerChanged'];
export type LiveStatus = 'live' | 'reconnecting';

/** The emissions received, oldest first (a bounded window: the page handles each once, by eventId). */
interface Received {
  updates: CustomerUpdate[];
}

const KEEP = 20;
const MAX_BACKOFF_MS = 30_000;

/**
 * Follows `customerChanged(id)`: calls `onUpdate` once per emission, `onResync` when the page should re-read
 * everything (the gateway said resync, or the stream was down and may have missed changes), and returns whether the
 * stream is live. A stream that failed or ended is opened again, backing off up to 30 s.
 */
export function useLiveCustomer(
  customerId: string,
  onUpdate: (update: CustomerUpdate) => void,
  onResync: () => void,
): LiveStatus {
  const [{ data, error }, resubscribe] = useSubscription<ConsoleLiveCustomerSubscription, Received, { id: string }>(
    { query: ConsoleLiveCustomerDocument, variables: { id: customerId } },
    (previous, next) => ({
      // urql reduces emissions into one result: keep a window of them, so two in one render are both handled
      updates: [...(previous?.updates ?? []), next.customerChanged].slice(-KEEP),
    }),
  );
  const onUpdateRef = useRef(onUpdate);
  const onResyncRef = useRef(onResync);
  onUpdateRef.current = onUpdate;
  onResyncRef.current = onResync;

  const handled = useRef(new Set<string>());
  const attempts = useRef(0);
  useEffect(() => {
    for (const update of data?.updates ?? []) {
      if (handled.current.has(update.eventId)) continue;
      handled.current.add(update.eventId);
      attempts.current = 0;
      if (update.resync) onResyncRef.current();
      else onUpdateRef.current(update);
    }
    if (handled.current.size > KEEP * 5) handled.current = new Set(data?.updates.map((update) => update.eventId));
  }, [data]);

  // urql's view: the stream failed (graphql-sse gave up retrying, or the gateway refused or closed it)
  const [restarting, setRestarting] = useState(false);
  const handledError = useRef<unknown>(undefined);
  const restart = useCallback(() => {
    resubscribe();
    setRestarting(false);
    onResyncRef.current();
  }, [resubscribe]);
  useEffect(() => {
    // Only an error means the stream is gone: urql sets `fetching` to false on every emission, so it cannot tell
    // an open stream from a finished one. The gateway never ends a stream silently: its last message carries an
    // error saying why (token expired, slow consumer, gateway stopping), and graphql-sse retries network failures.
    const failed = error !== undefined && error !== handledError.current;
    if (!failed) return;
    handledError.current = error;
    setRestarting(true);
    const delay = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** attempts.current);
    attempts.current += 1;
    const timer = setTimeout(restart, delay);
    return () => clearTimeout(timer);
  }, [error, restart]);

  // graphql-sse's view (when graphql/client.ts reports it): retrying, and reconnected
  const stream = useSyncExternalStore(subscribeStreamState, streamState);
  const reconnections = useSyncExternalStore(subscribeStreamState, streamReconnections);
  const seenReconnections = useRef(reconnections);
  useEffect(() => {
    if (reconnections === seenReconnections.current) return;
    seenReconnections.current = reconnections;
    onResyncRef.current();
  }, [reconnections]);

  const online = useOnline();
  const wasOnline = useRef(online);
  useEffect(() => {
    // back online: whatever happened meanwhile may not have reached us
    if (online && !wasOnline.current) onResyncRef.current();
    wasOnline.current = online;
  }, [online]);

  return restarting || !online || stream === 'reconnecting' ? 'reconnecting' : 'live';
}

function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => {
      addEventListener('online', listener);
      addEventListener('offline', listener);
      return () => {
        removeEventListener('online', listener);
        removeEventListener('offline', listener);
      };
    },
    () => navigator.onLine,
  );
}
