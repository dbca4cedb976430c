import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { compareEventIds, openChangeFeed, redisChangeFeed, redisKeys } from '../../../platform/changeEvents';
import type { ChangeEvent, ChangeFeed, ChangeRecord } from '../../../platform/changeEvents';

const REDIS_URL = 'redis://127.0.0.1:6379';

const record = (n: number): ChangeRecord => ({
  kind: 'TICKET_OPENED',
  entities: [{ typename: 'Ticket', keys: { id: `tkt_${n}`, number: `T-${100_000 + n}` } }],
  facts: { team: 'billing', reasons: ['VIP'] },
  system: 'tickets',
  changedAt: '2025-12-06T10:00:00.000Z',
});
const ticketIds = (events: readonly ChangeEvent[]) => events.map((event) => event.entities[0]?.keys.id);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** CLIENT LIST's text: one line per connection. */
const clientList = async (redis: Redis) => String(await redis.client('LIST'));

/** Waits until `condition` holds; the test's timeout is the limit (no timed assertion). */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('Redis change feed: one stream that every process appends to and reads', () => {
  let admin: Redis;
  let prefix: string;
  const opened: ChangeFeed[] = [];
  const errors: Error[] = [];
  const open = async (name: string, maxLength?: number) => {
    const feed = await redisChangeFeed({
      url: REDIS_URL,
      prefix,
      connectionName: `c360-test-${name}-${prefix}`,
      onError: (error) => errors.push(error),
      ...(maxLength === undefined ? {} : { maxLength }),
    });
    opened.push(feed);
    return feed;
  };

  beforeAll(() => {
    admin = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await admin.quit();
  });
  beforeEach(() => {
    prefix = `c360:test:feed:${randomBytes(6).toString('hex')}:`;
    errors.length = 0;
  });
  afterEach(async () => {
    for (const feed of opened.splice(0)) await feed.close();
    await admin.del(redisKeys(prefix).changes);
  });

  it('appends in order with increasing ids, and `since` returns exactly what followed an id', async () => {
    const feed = await open('a');
    await expect(feed.lastId()).resolves.toBeUndefined();
    await expect(feed.since('0-0', 10)).resolves.toEqual({ events: [], gap: false });
    await feed.append([record(1), record(2), record(3)]);
    for (const n of range(4, 12)) await feed.append([record(n)]);
    const all = (await feed.since('0-0', 100)).events;
    expect(ticketIds(all)).toEqual(range(1, 12).map((n) => `tkt_${n}`));
    expect(all[0]).toEqual({ ...record(1), id: all[0]!.id });
    for (let i = 1; i < all.length; i++) expect(compareEventIds(all[i - 1]!.id, all[i]!.id)).toBeLessThan(0);
    await expect(feed.lastId()).resolves.toBe(all[11]!.id);

    // paging on from the last id read: every event once
    const read: ChangeEvent[] = [];
    let after = '0-0';
    for (let page = await feed.since(after, 5); page.events.length > 0; page = await feed.since(after, 5)) {
      expect(page.gap).toBe(false);
      read.push(...page.events);
      after = page.events[page.events.length - 1]!.id;
    }
    expect(read).toEqual(all);
    await expect(feed.since(all[11]!.id, 10)).resolves.toEqual({ events: [], gap: false });
    expect(errors).toEqual([]);
  });

  it('keeps at most maxLength events and reports a gap exactly when an event after the id was deleted', async () => {
    const feed = await open('a', 3);
    await feed.append([record(1), record(2), record(3)]);
    const first = (await feed.since('0-0', 10)).events;
    expect(first.map((event) => event.id)).toHaveLength(3);
    await expect(feed.since('0-0', 10)).resolves.toMatchObject({ gap: false });
    await feed.append([record(4), record(5)]);
    await expect(admin.xlen(redisKeys(prefix).changes)).resolves.toBe(3);
    expect(await feed.since('0-0', 10)).toMatchObject({ gap: true });
    expect(await feed.since(first[0]!.id, 10)).toMatchObject({ gap: true });
    // a reader that saw the newest deleted event missed nothing
    const fromLastDeleted = await feed.since(first[1]!.id, 10);
    expect(fromLastDeleted.gap).toBe(false);
    expect(ticketIds(fromLastDeleted.events)).toEqual(['tkt_3', 'tkt_4', 'tkt_5']);
    await expect(feed.since(first[2]!.id, 10)).resolves.toMatchObject({ gap: false });
  });

  it('skips an entry that is not a change record, reporting it, and reads on', async () => {
    const feed = await open('a');
    const heard: ChangeEvent[] = [];
    feed.subscribe((event) => heard.push(event));
    await until(async () => (await clientList(admin)).includes(`c360-test-a-${prefix}-reader`));
    await feed.append([record(1)]);
    await admin.xadd(redisKeys(prefix).changes, '*', 'e', '{not json');
    await admin.xadd(redisKeys(prefix).changes, '*', 'e', '{"kind":1}');
    await admin.xadd(redisKeys(prefix).changes, '*', 'other', 'x');
    await feed.append([record(2)]);
    await until(() => heard.length === 2);
    expect(ticketIds(heard)).toEqual(['tkt_1', 'tkt_2']);
    expect(ticketIds((await feed.since('0-0', 10)).events)).toEqual(['tkt_1', 'tkt_2']);
    expect(errors.map((error) => error.message.replace(/^(Change feed entry )\d+-\d+/, '$1<id>'))).toEqual([
      'Change feed entry <id> skipped: its text is not JSON.',
      'Change feed entry <id> skipped: it is not a change record ({ kind, system, changedAt, entities: [{ typename, keys }], facts? }).',
      'Change feed entry <id> skipped: it has no field "e".',
      'Change feed entry <id> skipped: its text is not JSON.',
      'Change feed entry <id> skipped: it is not a change record ({ kind, system, changedAt, entities: [{ typename, keys }], facts? }).',
      'Change feed entry <id> skipped: it has no field "e".',
    ]);
  });

  it('delivers what one process appends to a subscriber in another, in order, from the moment it subscribed', async () => {
    const a = await open('a');
    const b = await open('b');
    await a.append([record(1)]); // before the subscription: not delivered
    const heard: ChangeEvent[] = [];
    const unsubscribe = b.subscribe((event) => heard.push(event));
    await a.append([record(2), record(3)]);
    for (const n of range(4, 20)) await a.append([record(n)]);
    await until(() => heard.length >= 19);
    expect(ticketIds(heard)).toEqual(range(2, 20).map((n) => `tkt_${n}`));
    expect(heard).toEqual((await a.since('0-0', 100)).events.slice(1));
    // the last listener gone, the reader's connection closes
    unsubscribe();
    await until(async () => !(await clientList(admin)).includes(`c360-test-b-${prefix}-reader`));
    expect(errors).toEqual([]);
  });

  it('resumes after its connection is killed from the last event it delivered: nothing lost, nothing twice', async () => {
    const a = await open('a');
    const b = await open('b');
    const heard: ChangeEvent[] = [];
    b.subscribe((event) => heard.push(event));
    await a.append([record(1), record(2)]);
    await until(() => heard.length === 2);
    const readerName = `c360-test-b-${prefix}-reader`;
    const readerId = (await clientList(admin))
      .split('\n')
      .find((line) => line.includes(`name=${readerName} `))
      ?.match(/\bid=(\d+)/)?.[1];
    expect(readerId).toBeDefined();
    await expect(admin.client('KILL', 'ID', readerId!)).resolves.toBe(1);
    // appended while the reader is away (or reconnecting)
    for (const n of range(3, 8)) await a.append([record(n)]);
    await until(() => heard.length >= 8);
    for (const n of range(9, 10)) await a.append([record(n)]);
    await until(() => heard.length >= 10);
    expect(ticketIds(heard)).toEqual(range(1, 10).map((n) => `tkt_${n}`));
    expect(new Set(heard.map((event) => event.id)).size).toBe(10);
    // it came back on a new connection
    expect(await clientList(admin)).toContain(`name=${readerName} `);
  });

  it('reports a failed append instead of failing the write that made the change', async () => {
    const feed = await redisChangeFeed({
      url: 'redis://127.0.0.1:1',
      prefix,
      connectionName: 'c360-test-down',
      onError: (error) => errors.push(error),
    });
    opened.push(feed);
    errors.length = 0;
    await expect(feed.append([record(1)])).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });

  it('is picked by REDIS_URL: Redis with it, this process memory without', async () => {
    const shared = await openChangeFeed({ redisUrl: REDIS_URL, prefix, connectionName: `c360-test-open-${prefix}` });
    opened.push(shared);
    await shared.append([record(1)]);
    await expect(admin.xlen(redisKeys(prefix).changes)).resolves.toBe(1);
    const local = await openChangeFeed({ prefix, connectionName: 'unused' });
    opened.push(local);
    await local.append([record(2)]);
    expect(ticketIds((await local.since('0-0', 10)).events)).toEqual(['tkt_2']);
    await expect(admin.xlen(redisKeys(prefix).changes)).resolves.toBe(1);
  });
});
