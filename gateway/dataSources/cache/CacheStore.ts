/** One answer to keep: its text, the entities it depends on, and for how long. */
export interface CacheEntry {
  key: string;
  value: string;
  tags: readonly string[];
  ttlSeconds: number;
}

/**
 * Where entries live (memory or Redis). Invalidation works by versions: every invalidation takes the next number of
 * a sequence and stamps it on its tags. A read notes the sequence before fetching; the entry it then fills is valid
 * only while none of its tags carries a later stamp. So a read that fetched before a write and stores after the
 * write's invalidation stores nothing usable (the fill race), and no entry needs to be found and deleted.
 */
export interface CacheStore {
  /**
   * The sequence now, and each key's value when present and still valid. A store in this process's memory also
   * gives each value's generation (a number that changes whenever the key's answer does): the response cache
   * (gateway/responseCache) keeps a response only while every entry it was built from has the same generation;
   * and whether each value is `expiring`, past half its TTL: a fetch that goes to the subgraph anyway asks for
   * those again, so that the entries of one answer tend to expire together, not one by one.
   */
  read(keys: readonly string[]): Promise<{
    sequence: number;
    values: (string | undefined)[];
    generations?: (number | undefined)[];
    expiring?: boolean[];
  }>;
  /**
   * Stores the entries none of whose tags was invalidated after `sequence` (read before fetching). A store in
   * memory gives the generation of each entry it stored (undefined for one it did not).
   */
  write(entries: readonly CacheEntry[], sequence: number): Promise<(number | undefined)[] | void>;
  /** Marks the tags' entities as changed: entries depending on them are not served again. */
  invalidate(tags: readonly string[]): Promise<void>;
  close(): Promise<void>;
}
