import type Redis from 'ioredis';
import {
  EVERY_ENTITY_TAG,
  invalidateInRedis,
  READ_ENTRIES_SCRIPT,
  redisKeys,
  WRITE_ENTRIES_SCRIPT,
} from '../../../platform/changeEvents';
import type { CacheEntry, CacheStore } from './CacheStore';

/**
 * The entity cache in Redis, shared by every gateway that uses the same Redis and prefix (see CacheStore). The keys
 * and the scripts that read and write them are in platform/changeEvents/redisLayout.ts, beside the invalidation
 * script whose tag versions they check.
 */
export class RedisStore implements CacheStore {
  private readonly keys: ReturnType<typeof redisKeys>;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    this.keys = redisKeys(prefix);
  }

  async read(keys: readonly string[]) {
    const result = (await this.redis.eval(
      READ_ENTRIES_SCRIPT,
      1 + keys.length,
      this.keys.sequence,
      ...keys.map((key) => this.keys.entryPrefix + key),
      this.keys.tagPrefix,
    )) as (number | string | null)[];
    const values: (string | undefined)[] = [];
    for (let index = 0; index < keys.length; index++) {
      const value = result[index + 1];
      values.push(typeof value === 'string' ? value : undefined);
    }
    return { sequence: Number(result[0] ?? 0), values };
  }

  async write(entries: readonly CacheEntry[], sequence: number): Promise<void> {
    if (entries.length === 0) return;
    const args: (string | number)[] = [this.keys.tagPrefix, sequence];
    for (const { value, tags, ttlSeconds } of entries) {
      args.push(ttlSeconds, `${sequence} ${tags.join(' ')}\n${value}`, tags.length, ...tags);
    }
    await this.redis.eval(
      WRITE_ENTRIES_SCRIPT,
      entries.length,
      ...entries.map(({ key }) => this.keys.entryPrefix + key),
      ...args,
    );
  }

  async invalidate(tags: readonly string[]): Promise<void> {
    await invalidateInRedis(this.redis, this.prefix, tags);
  }

  /** Drops every entry (tests, and after Redis lost invalidations). */
  async invalidateEverything(): Promise<void> {
    await this.invalidate([EVERY_ENTITY_TAG]);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
