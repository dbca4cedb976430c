import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { mintDevToken } from '../../gateway/auth/devToken';
import { redisChangeFeed, redisKeys } from '../../platform/changeEvents';
import type { ChangeEvent, ChangeFeed } from '../../platform/changeEvents';
import { startAll } from '../../stack/startAll';
import type { RunningAll } from '../../stack/startAll';
import { TEST_AS_OF } from '../support/stack';
import { openTestDatabases } from '../support/testDatabases';
import type { TestDatabases } from '../support/testDatabases';

const REDIS_URL = 'redis://127.0.0.1:6379';

/** Waits until `condition` holds; the test's timeout is the limit (no timed assertion). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('startAll: one change feed for the process, in Redis when the cache has REDIS_URL', () => {
  const prefix = `c360:test:wiring:${randomBytes(6).toString('hex')}:`;
  let databases: TestDatabases;
  let running: RunningAll;
  let elsewhere: ChangeFeed;
  let admin: Redis;

  beforeAll(async () => {
    admin = new Redis(REDIS_URL);
    databases = await openTestDatabases('pglite');
    running = await startAll({
      dbs: databases.dbs,
      seed: { seed: 11, customers: 5, asOf: TEST_AS_OF },
      entityCache: { mode: 'off', maxEntries: 0, prefix, redisUrl: REDIS_URL },
    });
    // another process on the same Redis and prefix: a second gateway
    elsewhere = await redisChangeFeed({ url: REDIS_URL, prefix, connectionName: 'c360-test-wiring-elsewhere' });
  });
  afterAll(async () => {
    await elsewhere?.close();
    await running?.stop();
    await databases?.close();
    // the feed's stream and the invalidations' tag versions
    const keys = await admin.keys(`${prefix}*`);
    if (keys.length > 0) await admin.del(...keys);
    await admin.quit();
  });

  it("appends a subgraph mutation's change, which this process and another one on the same Redis both hear", async () => {
    const here: ChangeEvent[] = [];
    const there: ChangeEvent[] = [];
    running.changeFeed.subscribe((event) => here.push(event));
    elsewhere.subscribe((event) => there.push(event));
    const response = await fetch(running.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await mintDevToken({ role: 'supervisor' })}`,
      },
      body: JSON.stringify({ query: 'mutation { cancelOrder(orderId: "ord_3") { id status } }' }),
    });
    expect(await response.json()).toEqual({ data: { cancelOrder: { id: 'ord_3', status: 'CANCELLED' } } });
    await until(() => here.length >= 1 && there.length >= 1);
    expect(here).toEqual([
      expect.objectContaining({
        kind: 'ORDER_CANCELLED',
        system: 'orders',
        entities: expect.arrayContaining([expect.objectContaining({ typename: 'Order' })]),
      }),
    ]);
    expect(there).toEqual(here);
    await expect(admin.xlen(redisKeys(prefix).changes)).resolves.toBe(1);
    await expect(running.changeFeed.lastId()).resolves.toBe(here[0]!.id);
  });
});
