import type Redis from 'ioredis';
import { EVERY_ENTITY_TAG } from './entityTag';
import type { InvalidationPublisher } from './InvalidationPublisher';

/**
 * How long a tag's version outlives its last invalidation. It must outlive every cache entry filled before it
 * (entries live at most MAX_ENTRY_TTL_SECONDS), or an expired version would read as "never invalidated" again.
 */
export const TAG_VERSION_TTL_SECONDS = 86_400;
/** The longest TTL an entry gets, whatever the schema says; see TAG_VERSION_TTL_SECONDS. */
export const MAX_ENTRY_TTL_SECONDS = 3_600;

/** The prefix of every key and channel of the entity cache in Redis, unless ENTITY_CACHE_PREFIX says otherwise. */
export const DEFAULT_CACHE_PREFIX = 'c360:cache:';

/** Where the cache's keys live in Redis under one prefix (`c360:cache:` by default). */
export function redisKeys(prefix: string) {
  return {
    /** The invalidation sequence: every invalidation takes the next number. */
    sequence: `${prefix}seq`,
    /** The sequence number of a tag's last invalidation (absent: never, or longer ago than any entry lives). */
    tagPrefix: `${prefix}t:`,
    entryPrefix: `${prefix}e:`,
    /** Where invalidations are announced, for in-memory caches in other processes. */
    channel: `${prefix}invalidations`,
  };
}

// KEYS[1] the sequence, KEYS[2..] the tags' version keys; ARGV[1] the versions' TTL, ARGV[2] the channel, ARGV[3]
// the announcement. One script, so that the versions and the announcement are one atomic step.
const INVALIDATE = `
local seq = redis.call('INCR', KEYS[1])
for i = 2, #KEYS do redis.call('SET', KEYS[i], seq, 'EX', ARGV[1]) end
redis.call('PUBLISH', ARGV[2], ARGV[3])
return seq
`;

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
    INVALIDATE,
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
