/**
 * The entity cache in Redis, all in one place: the keys under one prefix and the three Lua scripts that touch them.
 * They belong together: the read and write scripts decide staleness by the tag versions and the sequence the
 * invalidation script writes. Subgraphs run the invalidation script; gateways all three. Changing the layout means
 * changing this file only (and flushing the prefix, or choosing a new one).
 */

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
    /** The change feed's stream (redisChangeFeed.ts): what live subscriptions read. */
    changes: `${prefix}changes`,
  };
}

// KEYS[1] the sequence, KEYS[2..] the tags' version keys; ARGV[1] the versions' TTL, ARGV[2] the channel, ARGV[3]
// the announcement. One script, so that the versions and the announcement are one atomic step.
export const INVALIDATE_SCRIPT = `
local seq = redis.call('INCR', KEYS[1])
for i = 2, #KEYS do redis.call('SET', KEYS[i], seq, 'EX', ARGV[1]) end
redis.call('PUBLISH', ARGV[2], ARGV[3])
return seq
`;

// An entry is stored as `<sequence> <tag> <tag>…\n<answer>`; tags never contain spaces or newlines (entityTag).
// KEYS[1] the sequence, KEYS[2..] entries; ARGV[1] the tag version prefix. Returns the sequence, then each entry's
// answer or nil when absent or invalidated since it was fetched. One script: one round trip, one consistent view.
export const READ_ENTRIES_SCRIPT = `
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
export const WRITE_ENTRIES_SCRIPT = `
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
