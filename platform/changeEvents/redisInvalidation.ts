import type Redis from 'ioredis';
import { EVERY_ENTITY_TAG } from './entityTag';
import { INVALIDATE_SCRIPT, redisKeys, TAG_VERSION_TTL_SECONDS } from './redisLayout';
import type { InvalidationPublisher } from './InvalidationPublisher';

/** The announcement on the channel: the tags, one per line (tags never contain a newline). */
export function encodeAnnouncement(tags: readonly string[]): string {
  return tags.join('\n');
}

export function decodeAnnouncement(message: string): string[] {
  return message === '' ? [] : message.split('\n');
}

/** Bumps the tags' versions in Redis (every entry depending on them reads as stale from then on) and announces them. */
export async function invalidateInRedis(redis: Redis, prefix: string, tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  const keys = redisKeys(prefix);
  await redis.eval(
    INVALIDATE_SCRIPT,
    1 + tags.length,
    keys.sequence,
    ...tags.map((tag) => keys.tagPrefix + tag),
    TAG_VERSION_TTL_SECONDS,
    keys.channel,
    encodeAnnouncement(tags),
  );
}

/**
 * The publisher of a subgraph whose gateways share a Redis. When Redis cannot be reached, the write has still
 * happened: the mutation answers, the gateways cannot read the cache meanwhile (they bypass it), and once Redis is
 * back the first thing this publisher does is invalidate everything, since it cannot tell what it missed.
 */
export function redisInvalidationPublisher(
  redis: Redis,
  prefix: string,
  onError: (error: Error) => void = () => undefined,
): InvalidationPublisher {
  let lost = false;
  const flushLost = async () => {
    if (!lost) return;
    try {
      await invalidateInRedis(redis, prefix, [EVERY_ENTITY_TAG]);
      lost = false;
    } catch (error) {
      onError(error as Error);
    }
  };
  redis.on('ready', () => void flushLost());
  return {
    async publish(tags) {
      try {
        await flushLost();
        await invalidateInRedis(redis, prefix, tags);
      } catch (error) {
        lost = true;
        onError(error as Error);
      }
    },
  };
}
