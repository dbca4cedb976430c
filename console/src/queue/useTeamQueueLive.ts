import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import type { CombinedError } from '@urql/core';
import { ConsoleTeamQueueLiveDocument } from '../../../operations/__generated__/graphql';
import type { ConsoleTeamQueueLiveSubscription } from '../../../operations/__generated__/graphql';

/** One emission of `teamQueue`: the tickets that entered, left or changed in the team's list. */
export type TeamQueueBatch = ConsoleTeamQueueLiveSubscription['teamQueue'];

/** The batches received so far, the newest few kept: enough for batches that arrive between two renders. */
interface Received {
  count: number;
  recent: TeamQueueBatch[];
}

const KEEP = 20;

/**
 * Calls `onBatch` once for every `teamQueue` emission of `team`, in order. urql runs a subscription's handler inside
 * a state update (which React may run twice), so the handler only records the batches and an effect hands each
 * new one over exactly once.
 */
export function useTeamQueueLive(
  team: string,
  onBatch: (batch: TeamQueueBatch) => void,
): { error: CombinedError | undefined } {
  const [result] = useSubscription<ConsoleTeamQueueLiveSubscription, Received>(
    { query: ConsoleTeamQueueLiveDocument, variables: { team } },
    (previous: Received | undefined, data) => ({
      count: (previous?.count ?? 0) + 1,
      recent: [...(previous?.recent ?? []), data.teamQueue].slice(-KEEP),
    }),
  );
  const handled = useRef(0);
  const callback = useRef(onBatch);
  callback.current = onBatch;
  const received = result.data;
  useEffect(() => {
    if (!received) return;
    const firstSeq = received.count - received.recent.length + 1;
    received.recent.forEach((batch, index) => {
      if (firstSeq + index > handled.current) callback.current(batch);
    });
    handled.current = received.count;
  }, [received]);
  return { error: result.error };
}
