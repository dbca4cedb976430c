import { MemoryStore } from '../../../../gateway/dataSources/cache';
import { ResponseCache } from '../../../../gateway/responseCache';
import type { ResponseCacheObserver } from '../../../../gateway/responseCache';

const entry = (key: string, tags: string[]) => ({ key, value: `value of ${key}`, tags, ttlSeconds: 60 });
const story = (name: string) => ({ customer: { id: 'cus_1', name, tickets: [{ number: 'T-1', status: 'OPEN' }] } });

/** Counts what the cache reports. */
function counting() {
  const counts = { hits: 0, misses: 0, invalidated: 0, entries: 0, bytes: 0 };
  const observer: ResponseCacheObserver = {
    lookup: (hit) => void (hit ? counts.hits++ : counts.misses++),
    invalidated: () => void counts.invalidated++,
    size(entries, bytes) {
      counts.entries = entries;
      counts.bytes = bytes;
    },
  };
  return { counts, observer };
}

/** An entity store with entries `a` (Customer cus_1) and `b` (Ticket T-1), and a response cache over it. */
async function setUp(limits = { maxEntries: 10, maxBytes: 1_000_000 }) {
  const store = new MemoryStore({ maxEntries: 100 });
  const [a, b] = await store.write([entry('a', ['crm/Customer:id=cus_1']), entry('b', ['tickets/Ticket:id=T-1'])], 0);
  const { counts, observer } = counting();
  const cache = new ResponseCache({ ...limits, entries: store, observer });
  /** Runs a request that misses, is answered by `a` and `b`, and ends with `data`. */
  const fill = (key: string, data: Record<string, unknown>) => {
    const context = {};
    expect(cache.lookup(key)).toBeUndefined();
    cache.track(context, key);
    cache.sourcesOf(context)?.entry('a', a!);
    cache.sourcesOf(context)?.entry('b', b!);
    cache.settle(context, data);
  };
  return { store, cache, counts, fill };
}

describe('Response cache', () => {
  it('serves a kept response while every entry it was built from is unchanged, then drops it', async () => {
    const { store, cache, counts, fill } = await setUp();
    fill('story cus_1', story('Maria'));
    expect(cache.lookup('story cus_1')).toEqual(story('Maria'));
    expect(cache.lookup('story cus_1')).toEqual(story('Maria'));
    expect(counts).toMatchObject({ hits: 2, misses: 1, invalidated: 0, entries: 1 });

    await store.invalidate(['tickets/Ticket:id=T-1']);
    expect(cache.lookup('story cus_1')).toBeUndefined();
    expect(counts).toMatchObject({ hits: 2, misses: 2, invalidated: 1, entries: 0, bytes: 0 });
  });

  it('is a miss once an entry holds another answer, not when it was filled again with the same one', async () => {
    const { store, cache, fill } = await setUp();
    fill('story cus_1', story('Maria'));
    const sequence = (await store.read([])).sequence;
    await store.write([entry('b', ['tickets/Ticket:id=T-1'])], sequence);
    expect(cache.lookup('story cus_1')).toEqual(story('Maria'));
    await store.write([{ ...entry('b', ['tickets/Ticket:id=T-1']), value: 'another answer' }], sequence);
    expect(cache.lookup('story cus_1')).toBeUndefined();
  });

  it('keeps nothing for a request a fetch of which was not answered by an entry, or that had no data', async () => {
    const { cache, counts } = await setUp();
    const partial = {};
    cache.track(partial, 'partial');
    cache.sourcesOf(partial)?.entry('a', 1);
    cache.sourcesOf(partial)?.none();
    cache.settle(partial, story('Maria'));
    const failed = {};
    cache.track(failed, 'failed');
    cache.sourcesOf(failed)?.entry('a', 1);
    cache.settle(failed, undefined);
    const nothingFetched = {};
    cache.track(nothingFetched, 'typename');
    cache.settle(nothingFetched, { __typename: 'Query' });
    expect([cache.lookup('partial'), cache.lookup('failed'), cache.lookup('typename')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(counts.entries).toBe(0);
    // a request it never tracked (a subscription's) reports nowhere
    expect(cache.sourcesOf({})).toBeUndefined();
  });

  it('drops the least recently used beyond maxEntries and beyond maxBytes, and keeps nothing larger than maxBytes', async () => {
    const byEntries = await setUp({ maxEntries: 2, maxBytes: 1_000_000 });
    byEntries.fill('one', story('One'));
    byEntries.fill('two', story('Two'));
    expect(byEntries.cache.lookup('one')).toBeDefined();
    byEntries.fill('three', story('Three'));
    expect(['one', 'two', 'three'].map((key) => byEntries.cache.lookup(key) !== undefined)).toEqual([
      true,
      false,
      true,
    ]);

    const size = Buffer.byteLength(JSON.stringify(story('One'))) + 'a'.length + 'b'.length + 16;
    const byBytes = await setUp({ maxEntries: 100, maxBytes: size * 2 + 10 });
    byBytes.fill('one', story('One'));
    byBytes.fill('two', story('Two'));
    byBytes.fill('three', story('Six'));
    expect(['one', 'two', 'three'].map((key) => byBytes.cache.lookup(key) !== undefined)).toEqual([false, true, true]);
    expect(byBytes.cache.size).toEqual({ entries: 2, bytes: size * 2 });
    byBytes.fill('huge', { text: 'x'.repeat(size * 3) });
    expect(byBytes.cache.lookup('huge')).toBeUndefined();
  });

  it('hands out a frozen response: a plugin that changed it would throw, not corrupt the next answer', async () => {
    const { cache, fill } = await setUp();
    fill('story cus_1', story('Maria'));
    const kept = cache.lookup('story cus_1') as ReturnType<typeof story>;
    expect(() => {
      kept.customer.tickets[0]!.status = 'RESOLVED';
    }).toThrow(TypeError);
    expect(cache.lookup('story cus_1')).toEqual(story('Maria'));
  });
});
