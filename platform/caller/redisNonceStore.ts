import type Redis from 'ioredis';
import type { NonceStore } from './nonceStore';

export const DEFAULT_NONCE_PREFIX = 'c360:nonce:';

/**
 * The nonces every replica of a subgraph has seen, in the Redis they share: SET NX PX claims a nonce atomically, so
 * a request accepted by one replica is refused by the others, and Redis forgets it when its signature expires.
 *
 * Redis down (or slower than the client's command timeout) answers `unavailable`, and the request is refused with
 * 503: falling back to this replica's memory would accept a replay sent to another replica, which is exactly what
 * the shared store is for. The gateway retries queries with a fresh signature, so a Redis blip costs latency.
 */
export function redisNonceStore(redis: Pick<Redis, 'set'>, prefix: string = DEFAULT_NONCE_PREFIX): NonceStore {
  return {
    async claim(subgraph, nonce, expiresAt) {
      // at least 1 ms: PX 0 is an error, and a nonce that expires now still has to be refused until then
      const ttlMs = Math.max(1, Math.ceil(expiresAt - Date.now()));
      try {
        const set = await redis.set(`${prefix}${subgraph}:${nonce}`, '1', 'PX', ttlMs, 'NX');
        return set === 'OK' ? 'accepted' : 'replayed';
      } catch {
        return 'unavailable';
      }
    },
  };
}
