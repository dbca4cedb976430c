import { join } from 'node:path';
import { parseGatewayConfig } from '../../../../../gateway/config';
import { readEntityCacheVariables } from '../../../../../gateway/dataSources/cache';
import { DEFAULT_RESPONSE_CACHE } from '../../../../../gateway/responseCache';
import { loadSupergraph } from '../../../../../gateway/supergraph';

const SUPERGRAPH = join(__dirname, '..', '..', '..', '..', '..', 'schema', 'supergraph.graphql');

describe('Entity cache configuration', () => {
  it('is on in memory by default, in Redis when REDIS_URL is set, and off on request', () => {
    expect(readEntityCacheVariables({})).toEqual({
      entityCache: {
        mode: 'memory',
        maxEntries: 20_000,
        redisUrl: undefined,
        prefix: 'c360:cache:',
        responses: DEFAULT_RESPONSE_CACHE,
      },
      issues: [],
    });
    expect(readEntityCacheVariables({ REDIS_URL: 'redis://127.0.0.1:6379' }).entityCache).toMatchObject({
      mode: 'redis',
      redisUrl: 'redis://127.0.0.1:6379',
    });
    expect(
      readEntityCacheVariables({ REDIS_URL: 'redis://r:6379', ENTITY_CACHE: 'memory', ENTITY_CACHE_MAX_ENTRIES: '10' })
        .entityCache,
    ).toMatchObject({ mode: 'memory', maxEntries: 10, redisUrl: 'redis://r:6379' });
    expect(readEntityCacheVariables({ ENTITY_CACHE: ' off ' }).entityCache.mode).toBe('off');
  });

  it('reports every bad variable together, each with its fix', () => {
    const { issues } = readEntityCacheVariables({
      ENTITY_CACHE: 'disk',
      ENTITY_CACHE_MAX_ENTRIES: '0',
      REDIS_URL: 'http://127.0.0.1:6379',
    });
    expect(issues.map(({ variable, problem }) => [variable, problem])).toEqual([
      ['ENTITY_CACHE', 'must be one of off, memory, redis'],
      ['ENTITY_CACHE_MAX_ENTRIES', 'must be at least 1'],
      ['REDIS_URL', 'must be a redis:// or rediss:// URL'],
    ]);
    expect(readEntityCacheVariables({ ENTITY_CACHE: 'redis' }).issues).toEqual([
      expect.objectContaining({ variable: 'ENTITY_CACHE', problem: 'redis needs REDIS_URL' }),
    ]);
  });

  it("is part of the gateway's configuration, its problems listed with the others", () => {
    expect(parseGatewayConfig({}, () => loadSupergraph(SUPERGRAPH)).entityCache.mode).toBe('memory');
    expect(() => parseGatewayConfig({ PORT: 'x', ENTITY_CACHE: 'disk' }, () => loadSupergraph(SUPERGRAPH))).toThrow(
      /PORT \("x"\)[\s\S]*ENTITY_CACHE \("disk"\): must be one of off, memory, redis/,
    );
  });
});
