import { CACHE_STORES, MemoryStore, RedisStore } from '../../../../../gateway/dataSources/cache';
import type Redis from 'ioredis';

const config = { maxEntries: 10, prefix: 'c360:test:stores:' };

describe('Entity cache: the store is picked from one map by ENTITY_CACHE', () => {
  it('opens a memory store that hears announcements, and a Redis store that needs none', () => {
    const memory = CACHE_STORES.memory({ ...config, mode: 'memory' }, undefined);
    expect(memory.store).toBeInstanceOf(MemoryStore);
    expect(memory.announced).toBeInstanceOf(Function);
    const redis = CACHE_STORES.redis({ ...config, mode: 'redis' }, { disconnect: () => undefined } as unknown as Redis);
    expect(redis.store).toBeInstanceOf(RedisStore);
    expect(redis.announced).toBeUndefined();
  });

  it('refuses a Redis store without REDIS_URL, naming the fix', () => {
    expect(() => CACHE_STORES.redis({ ...config, mode: 'redis' }, undefined)).toThrow('set REDIS_URL');
  });
});
