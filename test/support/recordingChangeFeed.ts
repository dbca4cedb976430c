import { requestInvalidation } from '../../platform/changeEvents';
import type { ChangeFeed, ChangeRecord, RequestInvalidation } from '../../platform/changeEvents';

/** What a subgraph's writes did, in the order they did it: each cache invalidation, then each feed append. */
export type Announced = { published: string[] } | { appended: ChangeRecord };

/**
 * A change feed that only records what is appended, and an invalidation publisher recording into the same log, for
 * tests of what a subgraph announces and in which order (invalidation first). Nothing is delivered to anyone.
 */
export function recordingAnnouncements(subgraph: string) {
  const log: Announced[] = [];
  const feed: ChangeFeed = {
    async append(records) {
      for (const record of records) log.push({ appended: record });
    },
    subscribe: () => () => undefined,
    since: async () => ({ events: [], gap: false }),
    lastId: async () => undefined,
    close: async () => undefined,
  };
  const publisher = { publish: async (tags: readonly string[]) => void log.push({ published: [...tags] }) };
  return {
    log,
    /** A fresh request's invalidation, announcing into `log` (give each request its own, as listenSubgraph does). */
    invalidation: (): RequestInvalidation => requestInvalidation(publisher, subgraph, feed),
    /** The changes appended so far, without `changedAt` (which is the wall clock). */
    changes: () =>
      log.flatMap((entry) => {
        if (!('appended' in entry)) return [];
        const { changedAt: _changedAt, ...rest } = entry.appended;
        return [rest];
      }),
    clear: () => void log.splice(0),
  };
}
