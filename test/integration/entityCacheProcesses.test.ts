import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { SUBGRAPHS } from '../../subgraphs/shared/catalog';
import { GATEWAY_READY, startProcess, stopProcess } from '../support/processes';
import type { Child } from '../support/processes';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';
import { authHeader } from '../support/tokens';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const ROUNDS = 20;
const READERS = 4;

const MESSAGES = `#graphql
  query messages($number: String!) { ticketByNumber(number: $number) { id number messages(first: 1) { totalCount } } }
`;
const ADD_MESSAGE = `#graphql
  mutation add($body: String!) {
    addMessage(input: { ticketId: "tkt_2", direction: INBOUND, channel: EMAIL, body: $body }) { id }
  }
`;

// Two gateway processes in front of the same subgraphs, sharing one Redis: a write through one is never followed
// by a stale read through the other, while readers keep both caches warm and busy.
describe('Entity cache shared by two gateway processes through Redis', () => {
  const prefix = `c360:test:${randomUUID()}:`;
  let stack: Stack;
  const gateways: Child[] = [];

  beforeAll(async () => {
    stack = await startStack('pglite', {
      customers: 10,
      // the subgraphs of this process publish their changes in Redis, as `npm run subgraph` does with REDIS_URL
      gateway: { entityCache: { mode: 'redis', redisUrl: REDIS_URL, prefix, maxEntries: 1_000 } },
    });
    const env = {
      ...Object.fromEntries(
        SUBGRAPHS.map(({ name }) => [`SUBGRAPH_${name.toUpperCase()}_URL`, stack.subgraphUrls[name]]),
      ),
      PORT: '0',
      SUBGRAPH_SIGNING_SECRET: stack.signingSecret,
      REDIS_URL,
      ENTITY_CACHE: 'redis',
      ENTITY_CACHE_PREFIX: prefix,
      LOG_LEVEL: 'warn',
    };
    for (const started of await Promise.allSettled(
      [0, 1].map(() => startProcess(['gateway/index.ts'], env, GATEWAY_READY)),
    )) {
      if (started.status === 'fulfilled') gateways.push(started.value);
      else throw started.reason;
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => stopProcess(gateway)));
    await stack?.stop();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  async function post<Data>(url: string, query: string, variables: Record<string, unknown>) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeader()) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Data; errors?: unknown };
    expect({ status: response.status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    return body.data!;
  }

  const messageCount = async (url: string) =>
    (await post<{ ticketByNumber: { messages: { totalCount: number } } }>(url, MESSAGES, { number: 'T-100002' }))
      .ticketByNumber.messages.totalCount;

  it('shows a write through gateway A at once through gateway B, with no stale read among concurrent readers', async () => {
    const [a, b] = gateways.map(({ url }) => url) as [string, string];
    const baseline = await messageCount(b);
    expect(await messageCount(a)).toBe(baseline);
    let completed = 0;
    let writing = true;
    const stale: string[] = [];
    let reads = 0;

    // each read must show at least every write that had completed when it was sent
    const reader = async (index: number) => {
      while (writing) {
        const url = index % 2 === 0 ? a : b;
        const expected = baseline + completed;
        const seen = await messageCount(url);
        reads += 1;
        if (seen < expected) stale.push(`${url === a ? 'A' : 'B'} saw ${seen}, expected at least ${expected}`);
      }
    };
    const readers = Array.from({ length: READERS }, (_, index) => reader(index));
    try {
      for (let round = 1; round <= ROUNDS; round++) {
        await post(a, ADD_MESSAGE, { body: `round ${round}` });
        completed = round;
        expect(await messageCount(b)).toBe(baseline + round);
      }
    } finally {
      writing = false;
      await Promise.all(readers);
    }
    expect(stale).toEqual([]);
    expect(reads).toBeGreaterThan(ROUNDS);

    // and B really answered from the shared cache between the writes
    const metrics = await fetch(b.replace('/graphql', '/metrics'), { headers: await authHeader() });
    expect(await metrics.text()).toMatch(/c360_entity_cache_lookups_total\{subgraph="tickets",result="hit"\} [1-9]/);
  }, 60_000);
});
