import fc from 'fast-check';
import {
  announcer,
  compareEventIds,
  MAX_EVENT_ID_LENGTH,
  memoryChangeFeed,
  parseEventId,
  requestInvalidation,
} from '../../../platform/changeEvents';
import type {
  ChangeEvent,
  ChangeFeed,
  ChangeInput,
  ChangeRecord,
  InvalidationPublisher,
} from '../../../platform/changeEvents';

const record = (n: number): ChangeRecord => ({
  kind: 'TICKET_OPENED',
  entities: [{ typename: 'Ticket', keys: { id: `tkt_${n}` } }],
  system: 'tickets',
  changedAt: '2025-12-06T10:00:00.000Z',
});
const ticketIds = (events: readonly ChangeEvent[]) => events.map((event) => event.entities[0]?.keys.id);

describe('Event ids: <ms>-<seq>, compared as two numbers', () => {
  it('orders by milliseconds, then sequence, as numbers and not as text', () => {
    expect(compareEventIds('9-0', '10-0')).toBeLessThan(0);
    expect(compareEventIds('10-2', '10-10')).toBeLessThan(0);
    expect(compareEventIds('10-10', '10-2')).toBeGreaterThan(0);
    expect(compareEventIds('007-1', '7-1')).toBe(0);
    // beyond 2^53, where Number would round both to the same value
    expect(compareEventIds('9007199254740993-0', '9007199254740992-0')).toBeGreaterThan(0);
  });

  it('agrees with BigInt comparison for any two ids', () => {
    const part = fc.bigInt({ min: 0n, max: 10n ** 16n - 1n });
    fc.assert(
      fc.property(part, part, part, part, (aMs, aSeq, bMs, bSeq) => {
        const expected = aMs === bMs ? Math.sign(Number(aSeq - bSeq)) : Math.sign(Number(aMs - bMs));
        expect(Math.sign(compareEventIds(`${aMs}-${aSeq}`, `${bMs}-${bSeq}`))).toBe(expected);
      }),
    );
  });
});

describe('parseEventId: what a client sends back is checked, never trusted', () => {
  it('accepts an id and gives it in canonical form', () => {
    expect(parseEventId('1765000000000-0')).toEqual({ ok: true, id: '1765000000000-0' });
    expect(parseEventId('0001765000000000-0007')).toEqual({ ok: true, id: '1765000000000-7' });
  });

  it.each([
    ['', 'got an empty value.'],
    ['abc', 'got "abc".'],
    ['1765000000000', 'got "1765000000000".'],
    ['1765000000000-', 'got "1765000000000-".'],
    ['-0', 'got "-0".'],
    ['1-2-3', 'got "1-2-3".'],
    [' 1-2', 'got " 1-2".'],
    ['1-2\n', 'got "1-2\\n".'],
    ['12345678901234567-0', 'got "12345678901234567-0".'],
    ['١-٢', 'got "١-٢".'],
  ])('refuses %j, saying what it got', (value, got) => {
    expect(parseEventId(value)).toEqual({
      ok: false,
      message: `Last-Event-ID must be an event id such as 1765000000000-0, as sent in \`eventId\`; ${got}`,
    });
  });

  it('quotes a long value shortened, with its length', () => {
    const result = parseEventId('9'.repeat(1_000_000));
    expect(result).toEqual({
      ok: false,
      message:
        'Last-Event-ID must be an event id such as 1765000000000-0, as sent in `eventId`; got "999999999999999999999999…" (1000000 characters; an id has at most 40).',
    });
  });

  it('names where the id came from, and what a non-string was', () => {
    expect(parseEventId(42, 'lastEventId')).toEqual({
      ok: false,
      message: 'lastEventId must be an event id such as 1765000000000-0, as sent in `eventId`; got a number.',
    });
    expect(parseEventId(null)).toMatchObject({ ok: false, message: expect.stringContaining('got null.') });
  });

  it('never throws, accepts exactly the well-formed ids, and quotes at most a few dozen characters', () => {
    const wellFormed = (value: string) => value.length <= MAX_EVENT_ID_LENGTH && /^\d{1,16}-\d{1,16}$/.test(value);
    const digits = fc.stringMatching(/^\d{1,18}$/);
    const candidates = fc.oneof(
      fc.anything(),
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.tuple(digits, digits).map(([a, b]) => `${a}-${b}`),
    );
    fc.assert(
      fc.property(candidates, (value) => {
        const result = parseEventId(value);
        expect(result.ok).toBe(typeof value === 'string' && wellFormed(value));
        if (!result.ok) expect(result.message.length).toBeLessThan(300);
        else expect(compareEventIds(result.id, value as string)).toBe(0);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('Memory change feed: a ring of the latest events, in order', () => {
  it('gives increasing ids within one millisecond and when the clock steps back', async () => {
    const times = [1_000, 1_000, 1_000, 999, 500, 1_001, 1_001];
    const feed = memoryChangeFeed({ now: () => times.shift() ?? 2_000 });
    await feed.append([record(1), record(2), record(3), record(4), record(5), record(6), record(7)]);
    const { events } = await feed.since('0-0', 100);
    expect(events.map((event) => event.id)).toEqual([
      '1000-0',
      '1000-1',
      '1000-2',
      '1000-3',
      '1000-4',
      '1001-0',
      '1001-1',
    ]);
    await expect(feed.lastId()).resolves.toBe('1001-1');
  });

  it('calls listeners synchronously, in append order, and a throwing listener stops neither the others nor the append', async () => {
    const errors: Error[] = [];
    const feed = memoryChangeFeed({ onError: (error) => errors.push(error) });
    const heard: string[] = [];
    feed.subscribe(() => {
      throw new Error('broken subscriber');
    });
    const unsubscribe = feed.subscribe((event) => heard.push(`a:${event.entities[0]?.keys.id}`));
    feed.subscribe((event) => heard.push(`b:${event.entities[0]?.keys.id}`));
    const appended = feed.append([record(1), record(2)]);
    // before the append's promise is even awaited
    expect(heard).toEqual(['a:tkt_1', 'b:tkt_1', 'a:tkt_2', 'b:tkt_2']);
    await appended;
    expect(errors.map((error) => error.message)).toEqual(['broken subscriber', 'broken subscriber']);
    unsubscribe();
    await feed.append([record(3)]);
    expect(heard.slice(4)).toEqual(['b:tkt_3']);
    await expect(feed.since('0-0', 10).then(({ events }) => ticketIds(events))).resolves.toEqual([
      'tkt_1',
      'tkt_2',
      'tkt_3',
    ]);
  });

  it('returns exactly the events after an id, at most `max`, and reading on from the last one repeats nothing', async () => {
    let clock = 5_000;
    const feed = memoryChangeFeed({ now: () => (clock += 1) });
    for (let n = 1; n <= 25; n++) await feed.append([record(n)]);
    const read: ChangeEvent[] = [];
    let after = '0-0';
    for (;;) {
      const { events, gap } = await feed.since(after, 7);
      expect(gap).toBe(false);
      if (events.length === 0) break;
      expect(events.length).toBeLessThanOrEqual(7);
      read.push(...events);
      after = events[events.length - 1]!.id;
    }
    expect(ticketIds(read)).toEqual(Array.from({ length: 25 }, (_, i) => `tkt_${i + 1}`));
    // an id between two events, and one after the newest
    expect(ticketIds((await feed.since('5010-5', 2)).events)).toEqual(['tkt_11', 'tkt_12']);
    await expect(feed.since('9999-0', 10)).resolves.toEqual({ events: [], gap: false });
  });

  it('reports a gap exactly when an event after the id was dropped from the ring', async () => {
    let clock = 100;
    const feed = memoryChangeFeed({ capacity: 3, now: () => (clock += 1) });
    await expect(feed.since('0-0', 10)).resolves.toEqual({ events: [], gap: false });
    await feed.append([record(1), record(2), record(3)]); // 101-0 102-0 103-0
    await expect(feed.since('0-0', 10)).resolves.toMatchObject({ gap: false });
    await feed.append([record(4), record(5)]); // drops 101-0 and 102-0
    expect(await feed.since('0-0', 10)).toEqual({ events: expect.any(Array), gap: true });
    expect((await feed.since('101-0', 10)).gap).toBe(true);
    // the reader saw 102-0, the newest dropped: it missed nothing
    const fromLastDropped = await feed.since('102-0', 10);
    expect(fromLastDropped.gap).toBe(false);
    expect(ticketIds(fromLastDropped.events)).toEqual(['tkt_3', 'tkt_4', 'tkt_5']);
    await expect(feed.since('104-0', 10)).resolves.toMatchObject({ gap: false });
    await expect(feed.since('999-0', 10)).resolves.toEqual({ events: [], gap: false });
  });
});

describe('announce: invalidation first, then the feed', () => {
  const change: ChangeInput = {
    kind: 'TICKET_ASSIGNED',
    entities: [
      { typename: 'Ticket', keys: { id: 'tkt_1', number: 'T-100001' } },
      { typename: 'Customer', keys: { id: 'cus_1' } },
    ],
    facts: { agentId: 'agt_1' },
  };

  /** A publisher whose invalidation finishes only when the test says so, and a feed that logs appends. */
  function recorders() {
    const steps: string[] = [];
    let finish: () => void = () => undefined;
    const publisher: InvalidationPublisher = {
      publish: (tags) => {
        steps.push(`publish ${tags.join(' ')}`);
        return new Promise<void>((resolve) => {
          finish = () => {
            steps.push('published');
            resolve();
          };
        });
      },
    };
    const feed: ChangeFeed = {
      ...memoryChangeFeed(),
      append: async (records) => {
        steps.push(...records.map((r) => `append ${r.kind} by ${r.system}`));
      },
    };
    return { steps, publisher, feed, finish: () => finish() };
  }

  it('appends to the feed only once the invalidation has resolved (a request)', async () => {
    const { steps, publisher, feed, finish } = recorders();
    const invalidation = requestInvalidation(publisher, 'tickets', feed);
    const announced = invalidation.announce(change);
    await new Promise((resolve) => setImmediate(resolve));
    expect(steps).toEqual(['publish tickets/Ticket:id=tkt_1 tickets/Ticket:number=T-100001 tickets/Customer:id=cus_1']);
    finish();
    await announced;
    expect(steps.slice(1)).toEqual(['published', 'append TICKET_ASSIGNED by tickets']);
    expect([...invalidation.tags]).toEqual([
      'tickets/Ticket:id=tkt_1',
      'tickets/Ticket:number=T-100001',
      'tickets/Customer:id=cus_1',
    ]);
  });

  it('does the same outside a request (a scheduled job), stamping the record with the subgraph and the time', async () => {
    const published: string[][] = [];
    const feed = memoryChangeFeed();
    const heard: ChangeEvent[] = [];
    const invalidatedWhenHeard: number[] = [];
    feed.subscribe((event) => {
      // the listener runs inside append: by then the invalidation must be done
      invalidatedWhenHeard.push(published.length);
      heard.push(event);
    });
    const jobs = announcer(
      'tickets',
      { publish: async (tags) => void published.push([...tags]) },
      feed,
      () => new Date('2025-12-06T10:00:00.000Z'),
    );
    await jobs.announce(change);
    expect(invalidatedWhenHeard).toEqual([1]);
    expect(heard).toEqual([
      expect.objectContaining({ ...change, system: 'tickets', changedAt: '2025-12-06T10:00:00.000Z' }),
    ]);
  });
});
