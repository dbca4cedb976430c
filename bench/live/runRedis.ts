import Redis from 'ioredis';

/** The Redis a --live run shares between its processes, under a key prefix of its own. */
export interface RunRedis {
  url: string;
  /** ENTITY_CACHE_PREFIX of the run's processes: the change feed is the stream `<prefix>changes`. */
  prefix: string;
  /** Deletes every key under the run's prefix (the feed's stream, cache entries and tag versions). */
  clear(): Promise<number>;
  close(): void;
}

/** Connects to `url` (failing with what to do when Redis is not there) and picks a prefix no other run uses. */
export async function openRunRedis(url: string, runId: string): Promise<RunRedis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectionName: 'c360-bench-live',
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new Error(
      `Redis at ${new URL(url).host} is unreachable (${error instanceof Error ? error.message : String(error)}): ` +
        '--live runs the change feed in Redis between the subgraph and gateway processes. Start Redis, or pass --redis-url.',
      { cause: error },
    );
  }
  const prefix = `c360:bench-live-${runId}:`;
  return {
    url,
    prefix,
    async clear() {
      let cursor = '0';
      let deleted = 0;
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length > 0) deleted += await redis.unlink(...keys);
      } while (cursor !== '0');
      return deleted;
    },
    close: () => redis.disconnect(),
  };
}
