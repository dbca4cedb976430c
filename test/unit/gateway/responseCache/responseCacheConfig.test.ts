import { readEntityCacheVariables } from '../../../../gateway/dataSources/cache';
import { DEFAULT_RESPONSE_CACHE, readResponseCacheVariables } from '../../../../gateway/responseCache';

describe('Response cache configuration', () => {
  it('is on with the entity cache in memory, off with Redis or without a cache, and off on request', () => {
    expect(readEntityCacheVariables({}).entityCache.responses).toEqual(DEFAULT_RESPONSE_CACHE);
    expect(
      readEntityCacheVariables({ RESPONSE_CACHE_MAX_ENTRIES: '50', RESPONSE_CACHE_MAX_MB: '3' }).entityCache.responses,
    ).toEqual({ maxEntries: 50, maxBytes: 3 * 1024 * 1024 });
    expect(readEntityCacheVariables({ REDIS_URL: 'redis://r:6379' }).entityCache.responses).toBeUndefined();
    expect(readEntityCacheVariables({ ENTITY_CACHE: 'off' }).entityCache.responses).toBeUndefined();
    expect(readEntityCacheVariables({ RESPONSE_CACHE: ' OFF ' }).entityCache.responses).toBeUndefined();
  });

  it('refuses to be on where it could serve another gateway’s stale answer, and reports bad numbers', () => {
    const { issues } = readEntityCacheVariables({ REDIS_URL: 'redis://r:6379', RESPONSE_CACHE: 'on' });
    expect(issues).toEqual([
      expect.objectContaining({ variable: 'RESPONSE_CACHE', problem: 'needs ENTITY_CACHE=memory' }),
    ]);
    expect(
      readResponseCacheVariables(
        { RESPONSE_CACHE: 'maybe', RESPONSE_CACHE_MAX_ENTRIES: '0', RESPONSE_CACHE_MAX_MB: 'x' },
        true,
      ).issues.map(({ variable, problem }) => [variable, problem]),
    ).toEqual([
      ['RESPONSE_CACHE', 'must be one of on, off'],
      ['RESPONSE_CACHE_MAX_ENTRIES', 'must be at least 1'],
      ['RESPONSE_CACHE_MAX_MB', 'must be a whole number'],
    ]);
  });
});
