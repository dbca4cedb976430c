import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { cachePolicy, EntityCache, MemoryStore, RedisStore } from '../../../../../gateway/dataSources/cache';
import Redis from 'ioredis';
import type { AnswerSources } from '../../../../../gateway/responseCache';

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

  it('renews the entries past half their TTL when it fetches anyway, and only then', async () => {
    let now = 1_000_000;
    const cache = new EntityCache({ store: new MemoryStore({ maxEntries: 100, now: () => now }), policy });
    const subgraph = countingSubgraph();
    await cache.process('orders', request([customer('cus_1')]), subgraph.fetch);
    now += 31_000; // orderCount is kept 60 s
    await cache.process('orders', request([customer('cus_1')]), subgraph.fetch);
    await cache.process('orders', request([customer('cus_1'), customer('cus_2')]), subgraph.fetch);
    expect(subgraph.calls).toEqual([['cus_1'], ['cus_1', 'cus_2']]);
    now += 31_000; // renewed 31 s ago: still served
    await cache.process('orders', request([customer('cus_1'), customer('cus_2')]), subgraph.fetch);
    expect(subgraph.calls).toHaveLength(2);
  });

  it("answers with the cached entity when its renewal fails, without the renewal's error", async () => {
    let now = 1_000_000;
    const cache = new EntityCache({ store: new MemoryStore({ maxEntries: 100, now: () => now }), policy });
    await cache.process('orders', request([customer('cus_1')]), countingSubgraph().fetch);
    now += 31_000;
    const failing = countingSubgraph((ids) => ({
      data: { _entities: ids.map((id) => (id === 'cus_1' ? null : { orderCount: 2 })) },
      errors: [{ message: 'broken', path: ['_entities', 0, 'orderCount'] }],
    }));
    const response = await cache.process('orders', request([customer('cus_1'), customer('cus_2')]), failing.fetch);
    expect(failing.calls).toEqual([['cus_1', 'cus_2']]);
    expect(response).toEqual({ data: { _entities: [{ orderCount: 1 }, { orderCount: 2 }] } });
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

describe('Entity cache: tells the response cache which entries answered a request', () => {
  /** What a tracked request's fetches reported: each entry with its generation, and whether one was not kept. */
  function sourcesRecorder() {
    const entries: [string, number][] = [];
    let none = 0;
    const sources: AnswerSources = {
      entry: (key, generation) => void entries.push([key, generation]),
      none: () => void (none += 1),
    };
    return { sources, entries, none: () => none };
  }
  const tracked = (context: object, sources: AnswerSources) => (of: object) => (of === context ? sources : undefined);

  it('reports the entries of hits and of the misses it stored, each in the generation the store gave it', async () => {
    const store = new MemoryStore({ maxEntries: 100 });
    const options = request([customer('cus_1'), customer('cus_2')]);
    const recorder = sourcesRecorder();
    const cache = new EntityCache({ store, policy, sourcesOf: tracked(options.context, recorder.sources) });
    await cache.process('orders', request([customer('cus_1')]), countingSubgraph().fetch);
    await cache.process('orders', options, countingSubgraph().fetch);
    expect(recorder.none()).toBe(0);
    expect(recorder.entries).toHaveLength(2);
    for (const [key, generation] of recorder.entries) expect(store.generationOf(key)).toBe(generation);
    // another request (another context) reports nothing here
    await cache.process('orders', request([customer('cus_3')]), countingSubgraph().fetch);
    expect(recorder.entries).toHaveLength(2);
  });

  it('reports a fetch it does not keep: an error, an uncacheable selection, an answer a write overtook', async () => {
    const store = new MemoryStore({ maxEntries: 100 });
    const failing = request([customer('cus_1')]);
    const failed = sourcesRecorder();
    await new EntityCache({ store, policy, sourcesOf: tracked(failing.context, failed.sources) }).process(
      'orders',
      failing,
      countingSubgraph(() => ({ data: { _entities: [null] }, errors: [{ message: 'broken', path: ['_entities', 0] }] }))
        .fetch,
    );
    expect({ none: failed.none(), entries: failed.entries }).toEqual({ none: 1, entries: [] });

    const list = {
      request: { query: '{ customers(first: 2) { totalCount } }', variables: {} },
      context: { caller: SUPERVISOR },
    } as unknown as GraphQLDataSourceProcessOptions;
    const listed = sourcesRecorder();
    await new EntityCache({ store, policy, sourcesOf: tracked(list.context, listed.sources) }).process(
      'crm',
      list,
      async () => ({ data: { customers: { totalCount: 2 } } }),
    );
    expect(listed.none()).toBe(1);

    // the fill race: a write invalidates the entity while its old answer is on the way
    const racing = request([customer('cus_5')]);
    const raced = sourcesRecorder();
    await new EntityCache({ store, policy, sourcesOf: tracked(racing.context, raced.sources) }).process(
      'orders',
      racing,
      async () => {
        await store.invalidate(['orders/Customer:id=cus_5']);
        return { data: { _entities: [{ orderCount: 5 }] } };
      },
    );
    expect({ none: raced.none(), entries: raced.entries }).toEqual({ none: 1, entries: [] });
  });
});
