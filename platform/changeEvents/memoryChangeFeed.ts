import type { ChangeEvent } from './changeEvent';
import type { ChangeFeed } from './changeFeed';
import { ChangeListeners } from './changeListeners';
import { compareEventIds, formatEventId } from './eventId';

export interface MemoryChangeFeedOptions {
  /** How many of the latest events `since` can still return; older ones are dropped. */
  capacity?: number;
  /** The clock the ids are made of, in milliseconds. */
  now?: () => number;
  /** A listener that threw. */
  onError?: (error: Error) => void;
}

export const DEFAULT_MEMORY_FEED_CAPACITY = 10_000;

/**
 * The change feed of one process (`npm start`, tests): a ring of the last `capacity` events. Listeners run
 * synchronously inside `append`, so a subscriber in this process has heard of a change when the write answers.
 */
export function memoryChangeFeed({
  capacity = DEFAULT_MEMORY_FEED_CAPACITY,
  now = Date.now,
  onError = () => undefined,
}: MemoryChangeFeedOptions = {}): ChangeFeed {
  if (!Number.isInteger(capacity) || capacity < 1)
    throw new RangeError(`memoryChangeFeed: capacity must be a positive integer; got ${capacity}.`);
  const slots: (ChangeEvent | undefined)[] = new Array<ChangeEvent | undefined>(capacity);
  let start = 0;
  let size = 0;
  /** The newest event dropped from the ring: a reader that saw less than it has missed something. */
  let newestDropped: string | undefined;
  let lastMs = Number.NEGATIVE_INFINITY;
  let lastSeq = 0;
  const listeners = new ChangeListeners(onError);

  const at = (index: number) => slots[(start + index) % capacity] as ChangeEvent;
  // the next id: the clock's millisecond, or the last one's when the clock has not moved on (or stepped back)
  const nextId = () => {
    const ms = Math.max(Math.floor(now()), lastMs);
    lastSeq = ms === lastMs ? lastSeq + 1 : 0;
    lastMs = ms;
    return formatEventId(ms, lastSeq);
  };
  const push = (event: ChangeEvent) => {
    if (size === capacity) {
      newestDropped = at(0).id;
      slots[start] = event;
      start = (start + 1) % capacity;
    } else {
      slots[(start + size) % capacity] = event;
      size++;
    }
  };
  /** The index of the first event after `afterId` (size when none): ids increase along the ring. */
  const firstAfter = (afterId: string) => {
    let low = 0;
    let high = size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareEventIds(at(middle).id, afterId) > 0) high = middle;
      else low = middle + 1;
    }
    return low;
  };

  return {
    async append(records) {
      for (const record of records) {
        const event: ChangeEvent = { ...record, id: nextId() };
        push(event);
        listeners.deliver(event);
      }
    },
    subscribe: (listener) => listeners.add(listener),
    async since(afterId, max) {
      const events: ChangeEvent[] = [];
      for (let index = firstAfter(afterId); index < size && events.length < max; index++) events.push(at(index));
      const gap = newestDropped !== undefined && compareEventIds(afterId, newestDropped) < 0;
      return { events, gap };
    },
    lastId: async () => (size === 0 ? undefined : at(size - 1).id),
    async close() {
      listeners.clear();
    },
  };
}
