import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { cachePolicy, EntityCache, MemoryStore, RedisStore } from '../../../../../gateway/dataSources/cache';
import Redis from 'ioredis';

const SUPERGRAPH = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
const policy = cachePolicy(SUPERGRAPH);
const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Customer { orderCount } } }`;
const SUPERVISOR = { userId: 'sup_1', role: 'supervisor', scopes: ['graph:read', 'pii:read'] };

const customer = (id: string) => ({ __typename: 'Customer', id });
const request = (representations: unknown[]) =>
  ({
    request: { query: ENTITIES, variables: { representations } },
    context: { caller: SUPERVISOR },
  }) as unknown as GraphQLDataSourceProcessOptions;

/** A subgraph that answers orderCount = the id's number, and records what it was asked. */
function countingSubgraph(answer?: (ids: string[]) => GatewayGraphQLResponse) {
  const calls: string[][] = [];
  const fetch = async (options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> => {
    const ids = (options.request.variables?.['representations'] as { id: string }[]).map(({ id }) => id);
    calls.push(ids);
    if (answer) return answer(ids);
    return { data: { _entities: ids.map((id) => ({ orderCount: Number(id.slice(4)) })) } };
  };
  return { calls, fetch };
}

describe('Entity cache: an _entities fetch is cached per representation', () => {
  it('fetches only the misses and merges them back in order', async () => {
    const cache = new EntityCache({ store: new MemoryStore({ maxEntries: 100 }), policy });
    const subgraph = countingSubgraph();
    await cache.process('orders', request([customer('cus_2')]), subgraph.fetch);
    const response = await cache.process(
      'orders',
      request([customer('cus_1'), customer('cus_2'), customer('cus_3')]),
      subgraph.fetch,
    );
    expect(subgraph.calls).toEqual([['cus_2'], ['cus_1', 'cus_3']]);
    expect(response.data).toEqual({ _entities: [{ orderCount: 1 }, { orderCount: 2 }, { orderCount: 3 }] });
    await cache.process('orders', request([customer('cus_3'), customer('cus_1')]), subgraph.fetch);
    expect(subgraph.calls).toHaveLength(2);
  });

  it('moves an error to the index of its representation and does not cache that entity', async () => {
    const cache = new EntityCache({ store: new MemoryStore({ maxEntries: 100 }), policy });
    await cache.process('orders', request([customer('cus_1')]), countingSubgraph().fetch);
    const failing = countingSubgraph((ids) => ({
      data: { _entities: ids.map(() => null) },
      errors: [{ message: 'broken', path: ['_entities', 1, 'orderCount'] }],
    }));
    const response = await cache.process(
      'orders',
      request([customer('cus_1'), customer('cus_2'), customer('cus_3')]),
      failing.fetch,
    );
    expect(failing.calls).toEqual([['cus_2', 'cus_3']]);
    expect(response.errors).toEqual([{ message: 'broken', path: ['_entities', 2, 'orderCount'] }]);
    expect(response.data).toEqual({ _entities: [{ orderCount: 1 }, null, null] });
    const again = countingSubgraph();
    await cache.process('orders', request([customer('cus_3')]), again.fetch);
    expect(again.calls).toEqual([['cus_3']]);
  });

  it('serves every request without the cache when Redis is down, and says so', async () => {
    // set up as redisClient sets it up (no offline queue), without reconnecting after the test
    const unreachable = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      retryStrategy: () => null,
    });
    unreachable.on('error', () => undefined);
    const errors: Error[] = [];
    const cache = new EntityCache({
      store: new RedisStore(unreachable, 'c360:test:down:'),
      policy,
      onStoreError: (error) => errors.push(error),
    });
    const subgraph = countingSubgraph();
    const response = await cache.process('orders', request([customer('cus_7')]), subgraph.fetch);
    expect(response.data).toEqual({ _entities: [{ orderCount: 7 }] });
    await cache.process('orders', request([customer('cus_7')]), subgraph.fetch);
    expect(subgraph.calls).toEqual([['cus_7'], ['cus_7']]);
    expect(errors.length).toBeGreaterThan(0);
    unreachable.disconnect();
  });
});
