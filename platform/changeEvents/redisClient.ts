import Redis from 'ioredis';

export interface RedisClientOptions {
  /** Shown in Redis's CLIENT LIST, e.g. `c360-gateway-cache`. */
  connectionName: string;
  /** How long one command may take before it fails; the cache then steps aside for that request. */
  commandTimeoutMs?: number;
  /**
   * For a connection that waits in blocking reads (XREAD BLOCK, the change feed's reader): no command deadline, and
   * a command sent while Redis is away waits for the reconnect instead of failing, since nobody waits on it but the
   * reader itself.
   */
  blocking?: boolean;
}

/**
 * A Redis connection for the entity cache and its invalidations, set up to fail fast: a command sent while Redis is
 * down or slow rejects at once (no offline queue, one attempt, a short deadline) so that callers can serve the
 * request without the cache instead of waiting for Redis (unless `blocking`). It reconnects in the background.
 */
export function redisClient(url: string, options: RedisClientOptions): Redis {
  const failFast = !options.blocking;
  return new Redis(url, {
    connectionName: options.connectionName,
    lazyConnect: true,
    enableOfflineQueue: !failFast,
    maxRetriesPerRequest: failFast ? 1 : null,
    ...(failFast ? { commandTimeout: options.commandTimeoutMs ?? 500 } : {}),
    // retry for ever, at most every 2 s: Redis coming back should bring the cache back without a restart
    retryStrategy: (times) => Math.min(times * 100, 2_000),
  });
}

/** Connects, or leaves the client reconnecting in the background when Redis is not there yet. */
export async function connectOrRetryLater(redis: Redis, onError: (error: Error) => void): Promise<void> {
  // without a listener, ioredis prints every failed reconnect attempt as an unhandled error event
  redis.on('error', onError);
  try {
    await redis.connect();
  } catch (error) {
    onError(error as Error);
  }
}
