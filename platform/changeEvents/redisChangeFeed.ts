import type { ChangeEvent } from './changeEvent';
import type { ChangeFeed } from './changeFeed';
import { ChangeListeners } from './changeListeners';
import { decodeChangeEntry, encodeChangeRecord, STREAM_FIELD } from './changeEntry';
import { compareEventIds } from './eventId';
import { connectOrRetryLater, redisClient } from './redisClient';
import { redisKeys } from './redisLayout';

export interface RedisChangeFeedOptions {
  url: string;
  /** The key prefix gateways and subgraphs share (ENTITY_CACHE_PREFIX): the stream is `<prefix>changes`. */
  prefix: string;
  /** Shown in Redis's CLIENT LIST; the reader's connection adds `-reader`. */
  connectionName: string;
  /** How many events the stream keeps; older ones are deleted as new ones arrive. */
  maxLength?: number;
  /** A failed append (the change happened all the same), an entry that is not an event, a listener that threw. */
  onError?: (error: Error) => void;
}

export const DEFAULT_STREAM_MAX_LENGTH = 100_000;
/** How long one XREAD waits for new events before it asks again: also how long stopping the reader may take. */
const BLOCK_MS = 5_000;
/** The pause after a failed read before the next: the reader's connection reconnects by itself meanwhile. */
const RETRY_MS = 500;

// KEYS[1] the stream; ARGV[1] the most entries it keeps; ARGV[2..] the entries' text. Returns the new ids.
// Old entries go by XDEL, not by XADD's MAXLEN: trimming leaves XINFO's max-deleted-entry-id at 0-0 (Redis 7.0),
// and `since` needs it to tell a reader that it missed events. Exact (not `~`): one or a few XDELs per append.
const APPEND_SCRIPT = `
local ids = {}
for i = 2, #ARGV do ids[#ids + 1] = redis.call('XADD', KEYS[1], '*', '${STREAM_FIELD}', ARGV[i]) end
local excess = redis.call('XLEN', KEYS[1]) - tonumber(ARGV[1])
if excess > 0 then
  for _, entry in ipairs(redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', excess)) do
    redis.call('XDEL', KEYS[1], entry[1])
  end
end
return ids
`;

type StreamEntry = [id: string, fields: string[]];

/** XINFO STREAM's flat `[name, value, …]` reply, the value of `field`. */
function infoField(reply: unknown, field: string): unknown {
  if (!Array.isArray(reply)) return undefined;
  for (let index = 0; index + 1 < reply.length; index += 2) if (reply[index] === field) return reply[index + 1];
  return undefined;
}

/**
 * The change feed every process shares: a Redis stream. Appends go through a fail-fast connection (a write whose
 * announcement fails has still happened: it is reported, not thrown). Subscribers are served by one reader per
 * process, on a connection of its own that blocks in XREAD; it runs while anyone listens and resumes after a
 * reconnect from the last event it delivered, so a dropped connection loses and repeats nothing.
 */
export async function redisChangeFeed(options: RedisChangeFeedOptions): Promise<ChangeFeed> {
  const key = redisKeys(options.prefix).changes;
  const maxLength = options.maxLength ?? DEFAULT_STREAM_MAX_LENGTH;
  const onError = options.onError ?? (() => undefined);
  const writer = redisClient(options.url, { connectionName: options.connectionName });
  await connectOrRetryLater(writer, onError);
  const listeners = new ChangeListeners(onError);
  let reader: { stop(): void } | undefined;

  const decode = (entry: StreamEntry): ChangeEvent | undefined => {
    const event = decodeChangeEntry(entry[0], entry[1]);
    if (event instanceof Error) onError(event);
    return event instanceof Error ? undefined : event;
  };

  const startReader = () => {
    const connection = redisClient(options.url, { connectionName: `${options.connectionName}-reader`, blocking: true });
    void connectOrRetryLater(connection, onError);
    let running = true;
    let wake: (() => void) | undefined;
    const pause = (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    // `$` as an id, now: through the writer when it can (it is ordered with this process's own later appends), else
    // through the reader, which waits for Redis. Anything appended from here on is delivered.
    const newest = async (): Promise<string> => {
      const last = await writer
        .xrevrange(key, '+', '-', 'COUNT', 1)
        .catch(() => connection.xrevrange(key, '+', '-', 'COUNT', 1));
      return last[0]?.[0] ?? '0-0';
    };
    const run = async () => {
      let lastSeen: string | undefined;
      while (running) {
        try {
          lastSeen ??= await newest();
          const reply = await connection.xread('BLOCK', BLOCK_MS, 'STREAMS', key, lastSeen);
          for (const [, entries] of reply ?? []) {
            for (const entry of entries) {
              if (!running) return;
              // a resent XREAD may overlap what was delivered (never in practice; this keeps "exactly once" a rule)
              if (compareEventIds(entry[0], lastSeen) <= 0) continue;
              lastSeen = entry[0];
              const event = decode(entry);
              if (event) listeners.deliver(event);
            }
          }
        } catch (error) {
          if (!running) return;
          onError(error as Error);
          await pause(RETRY_MS);
        }
      }
    };
    void run();
    return {
      stop() {
        running = false;
        wake?.();
        // rejects the pending XREAD; `run` sees `running` false and ends
        connection.disconnect();
      },
    };
  };

  const stopReader = () => {
    reader?.stop();
    reader = undefined;
  };

  return {
    async append(records) {
      if (records.length === 0) return;
      try {
        await writer.eval(APPEND_SCRIPT, 1, key, maxLength, ...records.map(encodeChangeRecord));
      } catch (error) {
        onError(error as Error);
      }
    },
    subscribe(listener) {
      const remove = listeners.add(listener);
      reader ??= startReader();
      return () => {
        remove();
        if (listeners.size === 0) stopReader();
      };
    },
    async since(afterId, max) {
      const [range, info] = (await writer
        .multi()
        .xrange(key, `(${afterId}`, '+', 'COUNT', Math.max(0, max))
        .xinfo('STREAM', key)
        .exec()) ?? [[null, []]];
      if (range?.[0]) throw range[0];
      const events: ChangeEvent[] = [];
      for (const entry of (range?.[1] ?? []) as StreamEntry[]) {
        const event = decode(entry);
        if (event) events.push(event);
      }
      // no stream (never written, or deleted) answers XINFO with an error: then nothing was dropped either
      const maxDeleted = info?.[0] ? undefined : infoField(info?.[1], 'max-deleted-entry-id');
      const gap = typeof maxDeleted === 'string' && compareEventIds(afterId, maxDeleted) < 0;
      return { events, gap };
    },
    async lastId() {
      const last = await writer.xrevrange(key, '+', '-', 'COUNT', 1);
      return last[0]?.[0];
    },
    async close() {
      listeners.clear();
      stopReader();
      writer.disconnect();
    },
  };
}
