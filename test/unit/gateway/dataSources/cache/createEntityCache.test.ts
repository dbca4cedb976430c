import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import Redis from 'ioredis';
import { createEntityCache } from '../../../../../gateway/dataSources/cache';
import { LocalInvalidationBus, redisInvalidationPublisher } from '../../../../../platform/changeEvents';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const SUPERGRAPH = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
const QUERY = '{ ticketByNumber(number: "T-100001") { __typename id number status } }';
const options = { request: { query: QUERY, variables: {} }, context: {} } as unknown as GraphQLDataSourceProcessOptions;

/** A tickets subgraph whose answer names the ticket, counting the calls. */
function subgraph() {
  let calls = 0;
  return {
    calls: () => calls,
    fetch: async () => {
      calls += 1;
      return {
        data: { ticketByNumber: { __typename: 'Ticket', id: 'tkt_1', number: 'T-100001', status: `OPEN ${calls}` } },
      };
    },
  };
}

describe('Entity cache: a memory cache drops what subgraphs announce', () => {
  it('on the in-process bus, synchronously', async () => {
    const bus = new LocalInvalidationBus();
    const running = await createEntityCache({
      config: { mode: 'memory', maxEntries: 10, prefix: 'unused:' },
      supergraphSdl: SUPERGRAPH,
      bus,
    });
    const tickets = subgraph();
    await running!.cache.process('tickets', options, tickets.fetch);
    await running!.cache.process('tickets', options, tickets.fetch);
    expect(tickets.calls()).toBe(1);
    await bus.publish(['tickets/Ticket:id=tkt_1']);
    await running!.cache.process('tickets', options, tickets.fetch);
    expect(tickets.calls()).toBe(2);
    // another subgraph's news about the same ticket does not concern the tickets subgraph's answers
    await bus.publish(['crm/Ticket:id=tkt_1']);
    await running!.cache.process('tickets', options, tickets.fetch);
    expect(tickets.calls()).toBe(2);
    await running!.close();
  });

  it('on the Redis channel, from another process', async () => {
    const prefix = `c360:test:${randomUUID()}:`;
    const running = await createEntityCache({
      config: { mode: 'memory', maxEntries: 10, prefix, redisUrl: REDIS_URL },
      supergraphSdl: SUPERGRAPH,
    });
    const tickets = subgraph();
    await running!.cache.process('tickets', options, tickets.fetch);
    await running!.cache.process('tickets', options, tickets.fetch);
    expect(tickets.calls()).toBe(1);

    const redis = new Redis(REDIS_URL);
    await redisInvalidationPublisher(redis, prefix).publish(['tickets/Ticket:number=T-100001']);
    // the announcement arrives a moment after publish resolved: wait for it (bounded), then the next read misses
    for (let attempt = 0; attempt < 50 && tickets.calls() === 1; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await running!.cache.process('tickets', options, tickets.fetch);
    }
    expect(tickets.calls()).toBe(2);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await running!.close();
  });
});

describe('Entity cache: the response cache on top of it', () => {
  it('drops a kept response when the bus announces a change to an entity it was built from', async () => {
    const bus = new LocalInvalidationBus();
    const running = await createEntityCache({
      config: { mode: 'memory', maxEntries: 10, prefix: 'unused:', responses: { maxEntries: 10, maxBytes: 100_000 } },
      supergraphSdl: SUPERGRAPH,
      bus,
    });
    const responses = running!.responses!;
    const context = {};
    responses.track(context, 'ticket T-100001');
    const answer = await running!.cache.process('tickets', { ...options, context }, subgraph().fetch);
    responses.settle(context, answer.data);
    expect(responses.lookup('ticket T-100001')).toEqual(answer.data);
    await bus.publish(['tickets/Ticket:number=T-100001']);
    expect(responses.lookup('ticket T-100001')).toBeUndefined();
    await running!.close();
  });

  it('is refused with Redis, whose writes through another gateway it could not see at once', async () => {
    await expect(
      createEntityCache({
        config: {
          mode: 'redis',
          maxEntries: 10,
          prefix: 'unused:',
          redisUrl: REDIS_URL,
          responses: { maxEntries: 10, maxBytes: 100_000 },
        },
        supergraphSdl: SUPERGRAPH,
      }),
    ).rejects.toThrow(/A response cache needs ENTITY_CACHE=memory, not redis/);
  });
});
