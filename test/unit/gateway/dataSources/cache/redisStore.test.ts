import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { RedisStore } from '../../../../../gateway/dataSources/cache';
import {
  decodeAnnouncement,
  EVERY_ENTITY_TAG,
  redisInvalidationPublisher,
  redisKeys,
} from '../../../../../platform/changeEvents';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const entry = (key: string, tags: string[], ttlSeconds = 60) => ({ key, value: `value of ${key}`, tags, ttlSeconds });

// The real Redis, under a prefix of this run's own, deleted afterwards.
describe('Entity cache: the Redis store', () => {
  const prefix = `c360:test:${randomUUID()}:`;
  const redis = new Redis(REDIS_URL);
  const store = new RedisStore(redis, prefix);

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('serves what was stored, with its TTL, and drops exactly the entries of an invalidated tag', async () => {
    const { sequence } = await store.read([]);
    await store.write([entry('a', ['tickets/Ticket:id=tkt_1']), entry('b', ['tickets/Ticket:id=tkt_2'], 30)], sequence);
    expect((await store.read(['a', 'b', 'c'])).values).toEqual(['value of a', 'value of b', undefined]);
    const ttl = await redis.ttl(`${redisKeys(prefix).entryPrefix}b`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30);
    await store.invalidate(['tickets/Ticket:id=tkt_1']);
    expect((await store.read(['a', 'b'])).values).toEqual([undefined, 'value of b']);
  });

  it('does not keep an answer fetched before a write and stored after its invalidation (the fill race)', async () => {
    const before = (await store.read(['race'])).sequence;
    await store.invalidate(['orders/Order:id=ord_1']);
    await store.write([entry('race', ['orders/Order:id=ord_1']), entry('other', ['orders/Order:id=ord_2'])], before);
    expect((await store.read(['race', 'other'])).values).toEqual([undefined, 'value of other']);
  });

  it("drops what a subgraph's publisher invalidates, and announces it on the channel", async () => {
    await store.write([entry('shipment', ['logistics/Shipment:id=shp_1'])], (await store.read([])).sequence);
    const subscriber = new Redis(REDIS_URL);
    const announced = new Promise<string[]>((resolve) => {
      subscriber.on('message', (_channel: string, message: string) => resolve(decodeAnnouncement(message)));
    });
    await subscriber.subscribe(redisKeys(prefix).channel);
    const publisher = redisInvalidationPublisher(redis, prefix);
    await publisher.publish(['logistics/Shipment:id=shp_1']);
    expect((await store.read(['shipment'])).values).toEqual([undefined]);
    expect(await announced).toEqual(['logistics/Shipment:id=shp_1']);
    subscriber.disconnect();
  });

  it('drops everything on the EVERY tag', async () => {
    await store.write([entry('x', ['crm/Customer:id=cus_1'])], (await store.read([])).sequence);
    await store.invalidate([EVERY_ENTITY_TAG]);
    expect((await store.read(['x', 'a', 'b'])).values).toEqual([undefined, undefined, undefined]);
  });

  it('fails fast when Redis cannot be reached, instead of queueing', async () => {
    // set up as redisClient sets it up (no offline queue), without reconnecting after the test
    const unreachable = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      retryStrategy: () => null,
    });
    unreachable.on('error', () => undefined);
    const down = new RedisStore(unreachable, prefix);
    await expect(down.read(['a'])).rejects.toThrow();
    unreachable.disconnect();
  });
});
