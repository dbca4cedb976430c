import { EVERY_ENTITY_TAG } from '../../../platform/changeEvents';
import type { EntryGenerations } from '../../responseCache';
import type { CacheEntry, CacheStore } from './CacheStore';

interface Stored {
  value: string;
  tags: readonly string[];
  /** The sequence read before the answer was fetched. */
  sequence: number;
  expiresAt: number;
  /** Half-way to expiresAt: from then on a fetch that goes to the subgraph anyway asks for it again. */
  refreshAt: number;
  /**
   * A number that changes whenever the key's answer does, never reused for another answer: filled again with the
   * same text (after it expired, or after a write that did not change what it shows), it keeps its generation.
   */
  generation: number;
}

export interface MemoryStoreOptions {
  /** Least recently used entries are dropped beyond this many. */
  maxEntries: number;
  now?: () => number;
}

/** The entity cache in this process's memory: an LRU of at most `maxEntries`, with tag versions (see CacheStore). */
export class MemoryStore implements CacheStore, EntryGenerations {
  private sequence = 0;
  private fills = 0;
  private readonly versions = new Map<string, number>();
  private readonly entries = new Map<string, Stored>();
  private readonly now: () => number;

  constructor(private readonly options: MemoryStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  async read(keys: readonly string[]) {
    const now = this.now();
    const values: (string | undefined)[] = [];
    const generations: (number | undefined)[] = [];
    const expiring: boolean[] = [];
    for (const key of keys) {
      const stored = this.valid(key, now);
      values.push(stored?.value);
      generations.push(stored?.generation);
      expiring.push(stored !== undefined && stored.refreshAt <= now);
    }
    return { sequence: this.sequence, values, generations, expiring };
  }

  generationOf(key: string): number | undefined {
    return this.valid(key, this.now())?.generation;
  }

  async write(entries: readonly CacheEntry[], sequence: number): Promise<(number | undefined)[]> {
    const now = this.now();
    const generations = entries.map(({ key, value, tags, ttlSeconds }) => {
      if (this.changedSince(tags, sequence)) return undefined;
      const previous = this.entries.get(key);
      const generation = previous?.value === value ? previous.generation : ++this.fills;
      this.entries.delete(key);
      const ttlMs = ttlSeconds * 1000;
      this.entries.set(key, { value, tags, sequence, expiresAt: now + ttlMs, refreshAt: now + ttlMs / 2, generation });
      return generation;
    });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries) break;
      this.entries.delete(oldest);
    }
    return generations;
  }

  async invalidate(tags: readonly string[]): Promise<void> {
    this.invalidateNow(tags);
  }

  /** The same, synchronously: the in-process bus calls it inside the subgraph's publish. */
  invalidateNow(tags: readonly string[]): void {
    this.sequence += 1;
    if (tags.includes(EVERY_ENTITY_TAG) || this.versions.size + tags.length > this.options.maxEntries * 4) {
      // forget every version at once with the entries they guard; the EVERY tag keeps in-flight fills out
      this.entries.clear();
      this.versions.clear();
      this.versions.set(EVERY_ENTITY_TAG, this.sequence);
      return;
    }
    for (const tag of tags) this.versions.set(tag, this.sequence);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }

  /**
   * The entry while it is unexpired and none of its tags was invalidated after it was fetched. An entry that is
   * not is left where it is, unserved, for its answer's generation: filled again with the same text, it keeps it.
   */
  private valid(key: string, now: number): Stored | undefined {
    const stored = this.entries.get(key);
    if (!stored || stored.expiresAt <= now || this.changedSince(stored.tags, stored.sequence)) return undefined;
    // most recently used goes last; eviction takes from the front
    this.entries.delete(key);
    this.entries.set(key, stored);
    return stored;
  }

  private changedSince(tags: readonly string[], sequence: number): boolean {
    if ((this.versions.get(EVERY_ENTITY_TAG) ?? 0) > sequence) return true;
    return tags.some((tag) => (this.versions.get(tag) ?? 0) > sequence);
  }
}
