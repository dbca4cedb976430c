import { useCallback, useEffect, useRef } from 'react';

const STUCK_MS = 10_000;

/**
 * Re-reads the page (network-only) at most once at a time: changes that arrive while a refetch is in flight ask for
 * one more, run when it lands. Reexecuting a query that is in flight would replace the request and delay what the
 * first one would already have shown.
 */
export function useCoalescedRefetch(
  reexecute: (options: { requestPolicy: 'network-only' }) => void,
  fetching: boolean,
): () => void {
  const inFlight = useRef(false);
  const startedAt = useRef(0);
  const again = useRef(false);
  const run = useCallback(() => {
    inFlight.current = true;
    startedAt.current = Date.now();
    reexecute({ requestPolicy: 'network-only' });
  }, [reexecute]);
  useEffect(() => {
    if (fetching) return;
    inFlight.current = false;
    if (again.current) {
      again.current = false;
      run();
    }
  }, [fetching, run]);
  return useCallback(() => {
    // a refetch that never reported back (dropped, not failed) must not hold every later one
    if (inFlight.current && Date.now() - startedAt.current < STUCK_MS) again.current = true;
    else run();
  }, [run]);
}
