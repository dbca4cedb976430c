import type { ResponseCacheConfig } from './responseCacheConfig';

/** What the response cache needs of the entity cache's store (memory only): the generation of a valid entry. */
export interface EntryGenerations {
  /** The generation of the entry under `key` while it is present, unexpired and not invalidated; else undefined. */
  generationOf(key: string): number | undefined;
}

/** Told, while one request runs, which entity cache entries answered its subgraph fetches. */
export interface AnswerSources {
  /** A fetch's answer (or one entity of it) is the entry `key` in its `generation`. */
  entry(key: string, generation: number): void;
  /** A fetch's answer is in no entry (not cacheable, an error, the store down): the response cannot be kept. */
  none(): void;
}

export interface ResponseCacheObserver {
  lookup(hit: boolean): void;
  /** A kept response was found stale (an entry it was built from changed, expired or was evicted) and dropped. */
  invalidated(): void;
  /** What the cache holds now, after a response was kept or dropped. */
  size(entries: number, bytes: number): void;
}

export interface ResponseCacheOptions extends ResponseCacheConfig {
  entries: EntryGenerations;
  observer?: ResponseCacheObserver | undefined;
}

/** The `data` of a response, frozen: every hit hands out the same object to be serialised. */
export type KeptData = Readonly<Record<string, unknown>>;

interface Kept {
  data: KeptData;
  /** The entries it was built from: key, generation, key, generation… */
  sources: readonly (string | number)[];
  bytes: number;
}

/** One request that missed: the entries its fetches were answered from so far. */
class Pending implements AnswerSources {
  readonly sources: (string | number)[] = [];
  complete = true;

  constructor(readonly key: string) {}

  entry(key: string, generation: number): void {
    this.sources.push(key, generation);
  }

  none(): void {
    this.complete = false;
  }
}

/**
 * Whole query responses of this gateway, kept while every entity cache entry they were built from is unchanged.
 * A response is kept only when each of its subgraph fetches was answered by entries (hits, or misses the cache
 * stored), and it remembers each entry's generation, which changes whenever the entry's answer does. A lookup
 * checks them all against the entity cache's store: an entry that is not valid now (invalidated by a write,
 * expired, evicted) or holds another answer makes the response a miss. The response is then what executing the
 * query on those entries would give, so it is never staler than the entity cache, whatever invalidated it, and
 * needs no invalidation of its own. Bounded by entries and by bytes (the serialised size); least recently used go
 * first.
 */
export class ResponseCache {
  private readonly kept = new Map<string, Kept>();
  private readonly pending = new WeakMap<object, Pending>();
  private bytes = 0;

  constructor(private readonly options: ResponseCacheOptions) {}

  get size(): { entries: number; bytes: number } {
    return { entries: this.kept.size, bytes: this.bytes };
  }

  /** The response kept under `key`, if every entry it was built from is as it was. */
  lookup(key: string): KeptData | undefined {
    const found = this.kept.get(key);
    let fresh: Kept | undefined;
    if (found) {
      this.kept.delete(key);
      if (this.unchanged(found)) {
        fresh = found;
        // most recently used goes last; eviction takes from the front
        this.kept.set(key, found);
      } else {
        this.bytes -= found.bytes;
        this.options.observer?.invalidated();
        this.reportSize();
      }
    }
    this.options.observer?.lookup(fresh !== undefined);
    return fresh?.data;
  }

  /** Starts noting the entries that answer the request of `context` (its lookup missed), to keep it under `key`. */
  track(context: object, key: string): void {
    this.pending.set(context, new Pending(key));
  }

  /** Where the entity cache reports the request's fetches; undefined for a request not tracked (a subscription). */
  sourcesOf(context: object): AnswerSources | undefined {
    return this.pending.get(context);
  }

  /**
   * Keeps the tracked request's response when it is `data` alone (no errors) and every one of its fetches was
   * answered by entries; forgets the request either way.
   */
  settle(context: object, data: Record<string, unknown> | null | undefined): void {
    const pending = this.pending.get(context);
    if (!pending) return;
    this.pending.delete(context);
    if (!pending.complete || pending.sources.length === 0 || !data) return;
    let bytes = Buffer.byteLength(JSON.stringify(data));
    for (const source of pending.sources) bytes += typeof source === 'string' ? source.length : 8;
    if (bytes > this.options.maxBytes) return;
    const previous = this.kept.get(pending.key);
    if (previous) {
      this.kept.delete(pending.key);
      this.bytes -= previous.bytes;
    }
    this.kept.set(pending.key, { data: deepFreeze(data), sources: pending.sources, bytes });
    this.bytes += bytes;
    for (const [key, oldest] of this.kept) {
      if (this.kept.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
      this.kept.delete(key);
      this.bytes -= oldest.bytes;
    }
    this.reportSize();
  }

  private unchanged({ sources }: Kept): boolean {
    for (let index = 0; index < sources.length; index += 2) {
      if (this.options.entries.generationOf(sources[index] as string) !== sources[index + 1]) return false;
    }
    return true;
  }

  private reportSize(): void {
    this.options.observer?.size(this.kept.size, this.bytes);
  }
}

/** Freezes a JSON value in place: a plugin that tried to change a kept response would throw, not corrupt it. */
function deepFreeze<Value>(value: Value): Value {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
