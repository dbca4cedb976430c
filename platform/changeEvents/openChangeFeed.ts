import type { ChangeFeed } from './changeFeed';
import { memoryChangeFeed } from './memoryChangeFeed';
import { redisChangeFeed } from './redisChangeFeed';

export interface OpenChangeFeedOptions {
  /** REDIS_URL: with it, the feed every process on that Redis shares; without, this process's own. */
  redisUrl?: string | undefined;
  /** ENTITY_CACHE_PREFIX: the Redis feed is the stream `<prefix>changes`. */
  prefix: string;
  /** Shown in Redis's CLIENT LIST, e.g. `c360-tickets-changes`. */
  connectionName: string;
  /** A failed append (the change happened all the same), an unreadable entry, a listener that threw. */
  onError?: (error: Error) => void;
}

export type ChangeFeedKind = 'memory' | 'redis';

/** The feeds by kind; nothing else chooses between them (openChangeFeed picks by REDIS_URL). */
export const CHANGE_FEEDS: Readonly<Record<ChangeFeedKind, (options: OpenChangeFeedOptions) => Promise<ChangeFeed>>> = {
  memory: async ({ onError }) => memoryChangeFeed({ onError }),
  redis: async ({ redisUrl, prefix, connectionName, onError }) => {
    if (!redisUrl) throw new Error('A Redis change feed needs REDIS_URL, e.g. redis://127.0.0.1:6379.');
    return redisChangeFeed({ url: redisUrl, prefix, connectionName, onError });
  },
};

/** The change feed for REDIS_URL: Redis when it is set, this process's memory otherwise. */
export function openChangeFeed(options: OpenChangeFeedOptions): Promise<ChangeFeed> {
  return CHANGE_FEEDS[options.redisUrl ? 'redis' : 'memory'](options);
}
