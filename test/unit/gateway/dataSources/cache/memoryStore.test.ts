import { MemoryStore } from '../../../../../gateway/dataSources/cache';
import { EVERY_ENTITY_TAG } from '../../../../../platform/changeEvents';

const entry = (key: string, tags: string[], ttlSeconds = 60) => ({ key, value: `value of ${key}`, tags, ttlSeconds });

describe('Entity cache: the in-memory store', () => {
  it('serves what was stored, and drops exactly the entries of an invalidated tag', async () => {
    const store = new MemoryStore({ maxEntries: 10 });
    const { sequence } = await store.read([]);
    await store.write([entry('a', ['tickets/Ticket:id=tkt_1']), entry('b', ['tickets/Ticket:id=tkt_2'])], sequence);
    expect((await store.read(['a', 'b'])).values).toEqual(['value of a', 'value of b']);
    await store.invalidate(['tickets/Ticket:id=tkt_1']);
    expect((await store.read(['a', 'b'])).values).toEqual([undefined, 'value of b']);
  });

  it('does not keep an answer fetched before a write and stored after its invalidation (the fill race)', async () => {
    const store = new MemoryStore({ maxEntries: 10 });
    const before = (await store.read(['a'])).sequence; // the read misses and goes to the subgraph…
    await store.invalidate(['tickets/Ticket:id=tkt_1']); // …a write commits and invalidates meanwhile…
    await store.write([entry('a', ['tickets/Ticket:id=tkt_1'])], before); // …and the old answer arrives
    expect((await store.read(['a'])).values).toEqual([undefined]);
    // an unrelated entry from the same moment is kept
    await store.write([entry('b', ['tickets/Ticket:id=tkt_2'])], before);
    expect((await store.read(['b'])).values).toEqual(['value of b']);
  });

  it('expires entries after their TTL', async () => {
    let now = 1_000_000;
    const store = new MemoryStore({ maxEntries: 10, now: () => now });
    await store.write([entry('a', ['x'], 5)], 0);
    now += 4_999;
    expect((await store.read(['a'])).values).toEqual(['value of a']);
    now += 1;
    expect((await store.read(['a'])).values).toEqual([undefined]);
  });

  it('drops the least recently used entry beyond maxEntries', async () => {
    const store = new MemoryStore({ maxEntries: 2 });
    await store.write([entry('a', ['x']), entry('b', ['x'])], 0);
    await store.read(['a']);
    await store.write([entry('c', ['x'])], 0);
    expect((await store.read(['a', 'b', 'c'])).values).toEqual(['value of a', undefined, 'value of c']);
    expect(store.size).toBe(2);
  });

  it('drops everything on the EVERY tag, in-flight fills included', async () => {
    const store = new MemoryStore({ maxEntries: 10 });
    await store.write([entry('a', ['x'])], 0);
    const before = (await store.read([])).sequence;
    store.invalidateNow([EVERY_ENTITY_TAG]);
    await store.write([entry('b', ['y'])], before);
    expect((await store.read(['a', 'b'])).values).toEqual([undefined, undefined]);
  });
});

describe('Entity cache: generations of the in-memory store', () => {
  it("changes an entry's generation when its answer changes, not when the same answer is filled again", async () => {
    let now = 1_000_000;
    const store = new MemoryStore({ maxEntries: 10, now: () => now });
    const [first] = await store.write([entry('a', ['x'], 5)], 0);
    expect(first).toBeDefined();
    expect((await store.read(['a'])).generations).toEqual([first]);
    expect(store.generationOf('a')).toBe(first);
    now += 5_000;
    expect(store.generationOf('a')).toBeUndefined();
    // the same answer after it expired: the same generation, valid again
    expect(await store.write([entry('a', ['x'], 5)], 0)).toEqual([first]);
    expect(store.generationOf('a')).toBe(first);
    const [changed] = await store.write([{ ...entry('a', ['x'], 5), value: 'another answer' }], 0);
    expect(changed).not.toBe(first);
    expect(store.generationOf('a')).toBe(changed);
  });

  it('says which values are past half their TTL', async () => {
    let now = 1_000_000;
    const store = new MemoryStore({ maxEntries: 10, now: () => now });
    await store.write([entry('a', ['x'], 10)], 0);
    now += 4_999;
    expect((await store.read(['a', 'b'])).expiring).toEqual([false, false]);
    now += 1;
    expect((await store.read(['a', 'b'])).expiring).toEqual([true, false]);
  });

  it('gives no generation to an entry it did not store, nor to one invalidated since', async () => {
    const store = new MemoryStore({ maxEntries: 10 });
    const before = (await store.read([])).sequence;
    await store.write([entry('a', ['x'])], before);
    expect(store.generationOf('a')).toBeDefined();
    await store.invalidate(['x']);
    expect(store.generationOf('a')).toBeUndefined();
    expect(await store.write([entry('b', ['x']), entry('c', ['y'])], before)).toEqual([undefined, expect.any(Number)]);
  });
});
