import type { ChangeEvent, ChangeRecord } from './changeEvent';

/**
 * Where changes are announced and read: subgraphs append, gateways subscribe and, for a subscriber that reconnects,
 * read what it missed. In memory (one process: `npm start`, tests) or a Redis stream shared by every process.
 */
export interface ChangeFeed {
  /** Appends the records in order; each gets the next event id. */
  append(records: readonly ChangeRecord[]): Promise<void>;
  /** Calls `listener` with every event appended from now on, in order; returns the unsubscribe function. */
  subscribe(listener: (event: ChangeEvent) => void): () => void;
  /**
   * The events after `afterId`, oldest first, at most `max`; `gap` is true when the feed no longer holds every
   * event after `afterId` (the window moved past it), so the reader cannot know what it missed.
   */
  since(afterId: string, max: number): Promise<{ events: ChangeEvent[]; gap: boolean }>;
  /** The id of the newest event, or undefined when there is none. */
  lastId(): Promise<string | undefined>;
  close(): Promise<void>;
}

/** For subgraphs and tests without subscribers: appends go nowhere. */
export const NO_FEED: ChangeFeed = {
  append: async () => undefined,
  subscribe: () => () => undefined,
  since: async () => ({ events: [], gap: false }),
  lastId: async () => undefined,
  close: async () => undefined,
};
