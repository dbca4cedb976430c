import { EVERY_ENTITY_TAG } from '../../../platform/changeEvents';
import type { CacheEntry, CacheStore } from './CacheStore';

interface Stored {
  value: string;
  tags: readonly string[];
  /** The sequence read before the answer was fetched. */
  sequence: number;
  expiresAt: number;
}

export interface MemoryStoreOptions {
  /** Least recently used entries are dropped beyond this many. */
  maxEntries: number;
  now?: () => number;
}

/** The entity cache in this process's memory: an LRU of at most `maxEntries`, with tag versions (see CacheStore). */
export class MemoryStore implements CacheStore {
  private sequence = 0;
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
    return { sequence: this.sequence, values: keys.map((key) => this.valid(key)) };
  }

  async write(entries: readonly CacheEntry[], sequence: number): Promise<void> {
    for (const { key, value, tags, ttlSeconds } of entries) {
      if (this.changedSince(tags, sequence)) continue;
      this.entries.delete(key);
      this.entries.set(key, { value, tags, sequence, expiresAt: this.now() + ttlSeconds * 1000 });
    }
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries) break;
      this.entries.delete(oldest);
    }
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

  private valid(key: string): string | undefined {
    const stored = this.entries.get(key);
    if (!stored) return undefined;
    if (stored.expiresAt <= this.now() || this.changedSince(stored.tags, stored.sequence)) {
      this.entries.delete(key);
      return undefined;
    }
    // most recently used goes last; eviction takes from the front
    this.entries.delete(key);
    this.entries.set(key, stored);
    return stored.value;
  }

  private changedSince(tags: readonly string[], sequence: number): boolean {
    if ((this.versions.get(EVERY_ENTITY_TAG) ?? 0) > sequence) return true;
    return tags.some((tag) => (this.versions.get(tag) ?? 0) > sequence);
  }
}
