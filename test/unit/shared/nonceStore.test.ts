import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { memoryNonceStore, redisNonceStore } from '../../../platform/caller';
import { redisClient } from '../../../platform/changeEvents';

describe('Nonce store in memory: each signed request once, within its window, in bounded memory', () => {
  let clock = 1_000_000;
  const now = () => clock;
  beforeEach(() => {
    clock = 1_000_000;
  });

  it('accepts a nonce once and calls it replayed until it expires', async () => {
    const store = memoryNonceStore({ now });
    await expect(store.claim('crm', 'n1', clock + 60_000)).resolves.toBe('accepted');
    await expect(store.claim('crm', 'n1', clock + 60_000)).resolves.toBe('replayed');
    clock += 59_999;
    await expect(store.claim('crm', 'n1', clock + 60_000)).resolves.toBe('replayed');
  });

  it('keeps the nonces of different subgraphs apart', async () => {
    const store = memoryNonceStore({ now });
    await expect(store.claim('crm', 'n1', clock + 60_000)).resolves.toBe('accepted');
    await expect(store.claim('tickets', 'n1', clock + 60_000)).resolves.toBe('accepted');
  });

  it('forgets a nonce once its signature has expired, so memory does not grow with time', async () => {
    const store = memoryNonceStore({ now });
    for (let i = 0; i < 1_000; i++) await store.claim('crm', `old${i}`, clock + 60_000);
    expect(store.size).toBe(1_000);
    clock += 60_000;
    await expect(store.claim('crm', 'new', clock + 60_000)).resolves.toBe('accepted');
    expect(store.size).toBe(1);
    // a nonce that expired is stale on its own: verifyRequest refuses its timestamp before the store is asked
    await expect(store.claim('crm', 'old0', clock + 60_000)).resolves.toBe('accepted');
  });

  it('when full, forgets the oldest nonce and refuses as stale whatever expires no later than it', async () => {
    const store = memoryNonceStore({ now, maxEntries: 3 });
    for (const [nonce, signedAgo] of [
      ['a', 30],
      ['b', 20],
      ['c', 10],
    ] as const)
      await expect(store.claim('crm', nonce, clock - signedAgo + 60_000)).resolves.toBe('accepted');
    // a fresh request still gets in: room is made by forgetting 'a', the oldest
    await expect(store.claim('crm', 'd', clock + 60_000)).resolves.toBe('accepted');
    expect(store.size).toBe(3);
    // 'a' itself, replayed, is not let through although it is forgotten: it expires no later than the floor
    await expect(store.claim('crm', 'a', clock - 30 + 60_000)).resolves.toBe('stale');
    // nor is any other request signed as long ago
    await expect(store.claim('crm', 'e', clock - 31 + 60_000)).resolves.toBe('stale');
    // the remembered ones are still replays
    await expect(store.claim('crm', 'b', clock - 20 + 60_000)).resolves.toBe('replayed');
    await expect(store.claim('crm', 'd', clock + 60_000)).resolves.toBe('replayed');
  });

  it('holds at most maxEntries nonces under any load, and fresh requests keep getting in', async () => {
    const store = memoryNonceStore({ now, maxEntries: 1_000 });
    for (let i = 0; i < 10_000; i++) {
      clock += 1;
      await expect(store.claim('crm', `n${i}`, clock + 60_000)).resolves.toBe('accepted');
    }
    expect(store.size).toBe(1_000);
  });

  it('treats an entry that expired behind a later one as gone (arrival order is only nearly expiry order)', async () => {
    const store = memoryNonceStore({ now });
    await store.claim('crm', 'late', clock + 60_000);
    await store.claim('crm', 'early', clock + 1_000);
    clock += 1_000;
    await expect(store.claim('crm', 'early', clock + 60_000)).resolves.toBe('accepted');
    await expect(store.claim('crm', 'late', clock + 60_000)).resolves.toBe('replayed');
  });

  it('keeps only the unexpired nonces however many arrive (100,000 claims, one a millisecond, a 60 s window)', async () => {
    const store = memoryNonceStore({ now });
    for (let i = 0; i < 100_000; i++) {
      clock += 1;
      await expect(store.claim('crm', `n${i}`, clock + 60_000)).resolves.toBe('accepted');
    }
    expect(store.size).toBe(60_000);
  });
});

describe('Nonce store in Redis: replicas sharing one Redis accept each nonce once between them', () => {
  const prefix = `test:nonce:${randomUUID()}:`;
  let redis: Redis;
  beforeAll(async () => {
    redis = redisClient('redis://127.0.0.1:6379', { connectionName: 'c360-test-nonces' });
    await redis.connect();
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('accepts a nonce on one replica and calls it replayed on another', async () => {
    const one = redisNonceStore(redis, prefix);
    const other = redisNonceStore(redis, prefix);
    await expect(one.claim('crm', 'n1', Date.now() + 60_000)).resolves.toBe('accepted');
    await expect(other.claim('crm', 'n1', Date.now() + 60_000)).resolves.toBe('replayed');
    await expect(other.claim('tickets', 'n1', Date.now() + 60_000)).resolves.toBe('accepted');
  });

  it('lets Redis forget a nonce when its signature expires', async () => {
    const store = redisNonceStore(redis, prefix);
    await store.claim('crm', 'short', Date.now() + 5_000);
    const ttl = await redis.pttl(`${prefix}crm:short`);
    expect(ttl).toBeGreaterThan(4_000);
    expect(ttl).toBeLessThanOrEqual(5_000);
  });

  it('answers unavailable when Redis does not answer, so the request is refused, not let through', async () => {
    const down = redisClient('redis://127.0.0.1:1', { connectionName: 'c360-test-nonces-down' });
    down.on('error', () => undefined);
    await expect(redisNonceStore(down, prefix).claim('crm', 'n2', Date.now() + 60_000)).resolves.toBe('unavailable');
    down.disconnect();
  });
});
