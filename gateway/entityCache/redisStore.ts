import type Redis from 'ioredis';
import { EVERY_ENTITY_TAG, invalidateInRedis, redisKeys } from '../../platform/changeEvents';
import type { CacheEntry, CacheStore } from './CacheStore';

// An entry is stored as `<sequence> <tag> <tag>…\n<answer>`; tags never contain spaces or newlines (entityTag).
// KEYS[1] the sequence, KEYS[2..] entries; ARGV[1] the tag version prefix. Returns the sequence, then each entry's
// answer or nil when absent or invalidated since it was fetched. One script: one round trip, one consistent view.
const READ = `
local prefix = ARGV[1]
local everything = tonumber(redis.call('GET', prefix .. '*') or '0')
local result = { tonumber(redis.call('GET', KEYS[1]) or '0') }
for i = 2, #KEYS do
  local entry = redis.call('GET', KEYS[i])
  local answer = false
  if entry then
    local newline = string.find(entry, '\\n', 1, true)
    local sequence = nil
    answer = string.sub(entry, newline + 1)
    for word in string.gmatch(string.sub(entry, 1, newline - 1), '%S+') do
      if not sequence then
        sequence = tonumber(word)
        if everything > sequence then answer = false break end
      elseif tonumber(redis.call('GET', prefix .. word) or '0') > sequence then
        answer = false
        break
      end
    end
  end
  result[i] = answer
end
return result
`;

// KEYS the entries; ARGV[1] the tag version prefix, ARGV[2] the sequence read before fetching, then per entry: TTL,
// stored text, number of tags, the tags. Entries with a tag invalidated since then are not stored.
const WRITE = `
local prefix = ARGV[1]
local sequence = tonumber(ARGV[2])
local fresh_all = tonumber(redis.call('GET', prefix .. '*') or '0') <= sequence
local at = 3
for i = 1, #KEYS do
  local ttl, text, count = ARGV[at], ARGV[at + 1], tonumber(ARGV[at + 2])
  local fresh = fresh_all
  for j = 1, count do
    if fresh and tonumber(redis.call('GET', prefix .. ARGV[at + 2 + j]) or '0') > sequence then fresh = false end
  end
  if fresh then redis.call('SET', KEYS[i], text, 'EX', ttl) end
  at = at + 3 + count
end
return 0
`;

/** The entity cache in Redis, shared by every gateway that uses the same Redis and prefix (see CacheStore). */
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
      READ,
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
    await this.redis.eval(WRITE, entries.length, ...entries.map(({ key }) => this.keys.entryPrefix + key), ...args);
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
