import { memoryChangeFeed } from '../../../../platform/changeEvents';
import { LiveErrorCode } from '../../../../gateway/subscriptions';
import { AGENT, ANALYST, changeIds, liveKit, subscribe, take, ticketChange, until } from './liveTestKit';

const CUSTOMER = { id: 'cus_1' };

describe('LiveService: which subscription gets which change', () => {
  it('sends a customer the changes naming it, and not those of another customer', async () => {
    const { live, announce, feed } = liveKit();
    const stream = await subscribe(live, 'customerChanged', CUSTOMER);
    await announce(ticketChange('TICKET_OPENED', 'cus_2'), ticketChange('TICKET_ASSIGNED', 'cus_1'));
    const message = await take(stream);
    expect(changeIds(message)).toEqual([await feed.lastId()]);
    expect(message.id).toBe(await feed.lastId());
    expect(message.result.data?.['customerChanged']).toMatchObject({
      resync: false,
      customer: { __typename: 'Customer', id: 'cus_1' },
      changes: [{ kind: 'TICKET_ASSIGNED', system: 'TICKETS', ticket: { __typename: 'Ticket', id: 'tkt_1' } }],
    });
    await live.close();
  });

  it('keeps unattended-list moves out of customerChanged and gives them to teamQueue of the team', async () => {
    const { live, announce } = liveKit();
    const customer = await subscribe(live, 'customerChanged', CUSTOMER);
    const billing = await subscribe(live, 'teamQueue', { team: 'billing' });
    const queueMove = {
      ...ticketChange('TEAM_QUEUE_CHANGED', 'cus_1'),
      facts: { team: 'billing', change: 'ENTERED', reasons: ['UNASSIGNED'] },
    };
    await announce(queueMove, ticketChange('TICKET_REOPENED', 'cus_1'));
    expect((await take(customer)).result.data?.['customerChanged']).toMatchObject({
      changes: [{ kind: 'TICKET_REOPENED' }],
    });
    expect((await take(billing)).result.data?.['teamQueue']).toMatchObject({
      team: 'billing',
      changes: [{ change: 'ENTERED', reasons: ['UNASSIGNED'], ticket: { id: 'tkt_1' } }],
    });
    await live.close();
  });

  it('gives slaAlerts the alerts of its window and every breach, for its team or every team', async () => {
    const { live, announce } = liveKit();
    const billing15 = await subscribe(live, 'slaAlerts', { team: 'billing', withinMinutes: 15 });
    const every30 = await subscribe(live, 'slaAlerts', { withinMinutes: 30 });
    const alert = (team: string, stage: number) => ({
      ...ticketChange('SLA_DEADLINE', 'cus_1'),
      facts: { team, deadline: 'RESOLUTION', dueAt: '2026-11-01T12:30:00.000Z', stage },
    });
    await announce(alert('billing', 30), alert('billing', 15), alert('logistics_desk', 30), alert('billing', 0));
    const stagesOf = (data: unknown) =>
      (data as { alerts: { team: string; breached: boolean }[] }).alerts.map((a) => `${a.team}:${a.breached}`);
    expect(stagesOf((await take(billing15)).result.data?.['slaAlerts'])).toEqual(['billing:false', 'billing:true']);
    expect(stagesOf((await take(every30)).result.data?.['slaAlerts'])).toEqual([
      'billing:false',
      'logistics_desk:false',
      'billing:true',
    ]);
    await live.close();
  });

  it('finds a ticket subscribed by number from the events, by id', async () => {
    const { live, announce } = liveKit();
    const stream = await subscribe(live, 'ticketChanged', { number: 'T-100001' });
    await announce(ticketChange('TICKET_RESOLVED', 'cus_1', 'tkt_7'));
    expect((await take(stream)).result.data?.['ticketChanged']).toMatchObject({
      ticket: { __typename: 'Ticket', id: 'tkt_7' },
    });
    await live.close();
  });
});

describe('LiveService: sharing and coalescing', () => {
  it('resolves an emission once for two subscribers of the same document and visibility', async () => {
    const { live, announce, resolutions } = liveKit();
    const first = await subscribe(live, 'customerChanged', CUSTOMER);
    const second = await subscribe(live, 'customerChanged', CUSTOMER, { caller: { ...AGENT, userId: 'agt_2' } });
    await announce(ticketChange('TICKET_OPENED', 'cus_1'));
    const [a, b] = await Promise.all([take(first), take(second)]);
    expect(a.result).toEqual(b.result);
    expect(resolutions).toHaveLength(1);
    await live.close();
  });

  it('resolves apart for subscribers who see PII differently', async () => {
    const { live, announce, resolutions } = liveKit();
    const agent = await subscribe(live, 'customerChanged', CUSTOMER);
    const analyst = await subscribe(live, 'customerChanged', CUSTOMER, { caller: ANALYST });
    await announce(ticketChange('TICKET_OPENED', 'cus_1'));
    await Promise.all([take(agent), take(analyst)]);
    expect(resolutions).toHaveLength(2);
    await live.close();
  });

  it('gathers the changes of one coalescing window into one emission, oldest first, each once', async () => {
    const { live, announce, resolutions, feed } = liveKit({ coalesceMs: 50 });
    const stream = await subscribe(live, 'customerChanged', CUSTOMER);
    const kinds = ['TICKET_OPENED', 'TICKET_ASSIGNED', 'TICKET_MESSAGE_ADDED', 'TICKET_RESOLVED', 'TICKET_REOPENED'];
    for (const kind of kinds) await announce(ticketChange(kind, 'cus_1'));
    const message = await take(stream);
    const { events } = await feed.since('0-0', 10);
    expect(changeIds(message)).toEqual(events.map(({ id }) => id));
    expect(message.id).toBe(events[4]?.id);
    expect(resolutions).toHaveLength(1);
    await live.close();
  });

  it('keeps a stream going when a resolution fails, with the error in that emission', async () => {
    let calls = 0;
    const { live, announce } = liveKit(
      {},
      {
        resolve: async (root) => {
          calls++;
          if (calls === 1) throw new Error('subgraph exploded');
          return { data: { customerChanged: root } };
        },
      },
    );
    const stream = await subscribe(live, 'customerChanged', CUSTOMER);
    await announce(ticketChange('TICKET_OPENED', 'cus_1'));
    const failed = await take(stream);
    expect(failed.final).toBeUndefined();
    expect(failed.result.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(failed.result.errors?.[0]?.message).not.toContain('exploded');
    await announce(ticketChange('TICKET_ASSIGNED', 'cus_1'));
    expect((await take(stream)).result.data?.['customerChanged']).toMatchObject({
      changes: [{ kind: 'TICKET_ASSIGNED' }],
    });
    await live.close();
  });
});

describe('LiveService: resuming after a disconnect', () => {
  it('replays what was missed, then goes on live, with no change twice and none lost', async () => {
    const { live, announce, feed } = liveKit();
    const before = await subscribe(live, 'customerChanged', CUSTOMER);
    await announce(ticketChange('TICKET_OPENED', 'cus_1'));
    const seen = await take(before);
    await before.return?.();

    // missed while away, for this customer and another
    await announce(ticketChange('TICKET_ASSIGNED', 'cus_1'), ticketChange('TICKET_OPENED', 'cus_2'));
    await announce(ticketChange('TICKET_MESSAGE_ADDED', 'cus_1'));
    const resumed = await subscribe(live, 'customerChanged', CUSTOMER, { lastEventId: seen.id });
    // appended while the replay is being read: live, after it
    await announce(ticketChange('TICKET_RESOLVED', 'cus_1'));

    const received: string[] = [];
    while (received.length < 3) received.push(...changeIds(await take(resumed)));
    const { events } = await feed.since(seen.id ?? '', 100);
    const expected = events.filter((event) => event.entities.some((e) => e.keys['id'] === 'cus_1'));
    expect(received).toEqual(expected.map(({ id }) => id));
    await live.close();
  });

  it('sends a change that arrives between listening and reading the missed ones once, not twice', async () => {
    const inner = memoryChangeFeed();
    let racing = true;
    // a change announced just after the subscriber started listening and before the replay read the feed
    const feed = {
      ...inner,
      async since(afterId: string, max: number) {
        if (racing) {
          racing = false;
          await kit.announce(ticketChange('TICKET_CONSULTED', 'cus_1'));
        }
        return inner.since(afterId, max);
      },
    };
    const kit = liveKit({ coalesceMs: 0 }, { feed });
    await kit.announce(ticketChange('TICKET_OPENED', 'cus_1'));
    const start = await inner.lastId();
    await kit.announce(ticketChange('TICKET_ASSIGNED', 'cus_1'));
    const stream = await subscribe(kit.live, 'customerChanged', CUSTOMER, { lastEventId: start });
    const replayed = changeIds(await take(stream));
    await kit.announce(ticketChange('TICKET_RESOLVED', 'cus_1'));
    const next = changeIds(await take(stream));
    const { events } = await inner.since(start ?? '', 10);
    expect([...replayed, ...next]).toEqual(events.map(({ id }) => id));
    await kit.live.close();
  });

  it('sends one resync emission with the feed position when the missed changes are gone', async () => {
    const feed = memoryChangeFeed({ capacity: 2 });
    const { live, announce } = liveKit({}, { feed });
    await announce(ticketChange('TICKET_OPENED', 'cus_1'));
    const first = await feed.lastId();
    await announce(ticketChange('TICKET_ASSIGNED', 'cus_1'), ticketChange('TICKET_MESSAGE_ADDED', 'cus_1'));
    await announce(ticketChange('TICKET_RESOLVED', 'cus_1'));
    const stream = await subscribe(live, 'customerChanged', CUSTOMER, { lastEventId: first });
    const message = await take(stream);
    expect(message.id).toBe(await feed.lastId());
    expect(message.result.data?.['customerChanged']).toMatchObject({
      resync: true,
      changes: [],
      customer: { id: 'cus_1' },
    });
    await live.close();
  });

  it('refuses a malformed Last-Event-ID, naming the form', async () => {
    const { live } = liveKit();
    const refused = await live.open({
      query: 'customerChanged',
      variables: CUSTOMER,
      caller: AGENT,
      requestId: 'test',
      lastEventId: 'yesterday',
    });
    expect(refused).toMatchObject({ status: 400, errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect('errors' in refused && refused.errors[0]?.message).toContain('1765000000000-0');
    await live.close();
  });
});

describe('LiveService: ending streams', () => {
  it('ends a subscriber that reads too slowly with SLOW_CONSUMER and the id to resume from', async () => {
    const { live, announce, resolutions, dropped } = liveKit({ bufferSize: 2, coalesceMs: 0 });
    const stream = await subscribe(live, 'customerChanged', CUSTOMER);
    await announce(ticketChange('TICKET_OPENED', 'cus_1'));
    const taken = await take(stream);
    for (let emitted = 1; emitted <= 3; emitted++) {
      await announce(ticketChange('TICKET_MESSAGE_ADDED', 'cus_1'));
      await until(() => resolutions.length > emitted);
    }
    await until(() => dropped.length > 0);
    const final = await take(stream);
    expect(final.final).toBe(true);
    expect(final.result.errors?.[0]?.extensions?.['code']).toBe(LiveErrorCode.SLOW_CONSUMER);
    expect(final.result.errors?.[0]?.message).toContain(`Last-Event-ID ${taken.id}`);
    expect((await stream.next()).done).toBe(true);
    // the slot is free again
    const opened = await live.open({ query: 'customerChanged', variables: CUSTOMER, caller: AGENT, requestId: 't' });
    expect('errors' in opened).toBe(false);
    await live.close();
  });

  it('ends a stream when its token expires, saying when and where to resume', async () => {
    const { live } = liveKit();
    const expiresAt = Date.now() + 20;
    const stream = await subscribe(live, 'customerChanged', CUSTOMER, { tokenExpiresAt: expiresAt });
    const final = await take(stream);
    expect(final.final).toBe(true);
    expect(final.result.errors?.[0]?.extensions?.['code']).toBe(LiveErrorCode.TOKEN_EXPIRED);
    expect(final.result.errors?.[0]?.message).toContain(new Date(expiresAt).toISOString());
    expect((await stream.next()).done).toBe(true);
    await live.close();
  });

  it('ends every stream with GATEWAY_STOPPING on close, and refuses new ones', async () => {
    const { live } = liveKit();
    const stream = await subscribe(live, 'teamQueue', { team: 'billing' });
    await live.close();
    const final = await take(stream);
    expect(final.result.errors?.[0]?.extensions?.['code']).toBe(LiveErrorCode.GATEWAY_STOPPING);
    const refused = await live.open({
      query: 'teamQueue',
      variables: { team: 'billing' },
      caller: AGENT,
      requestId: 't',
    });
    expect(refused).toMatchObject({ status: 503 });
  });
});

describe('LiveService: limits', () => {
  it('refuses a caller beyond LIVE_MAX_SUBSCRIPTIONS_PER_CALLER with 429, others still get in', async () => {
    const { live } = liveKit({ maxSubscriptionsPerCaller: 2 });
    const first = await subscribe(live, 'customerChanged', CUSTOMER);
    await subscribe(live, 'customerChanged', { id: 'cus_2' });
    const refused = await live.open({ query: 'customerChanged', variables: CUSTOMER, caller: AGENT, requestId: 't' });
    expect(refused).toMatchObject({ status: 429, errors: [{ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } }] });
    expect('errors' in refused && refused.errors[0]?.message).toContain('LIVE_MAX_SUBSCRIPTIONS_PER_CALLER = 2');
    await subscribe(live, 'customerChanged', CUSTOMER, { caller: ANALYST });
    // a closed stream gives its slot back
    await first.return?.();
    await subscribe(live, 'customerChanged', CUSTOMER);
    await live.close();
  });

  it('refuses beyond LIVE_MAX_SUBSCRIPTIONS with 503 SUBSCRIPTION_CAPACITY', async () => {
    const { live } = liveKit({ maxSubscriptions: 1 });
    await subscribe(live, 'customerChanged', CUSTOMER);
    const refused = await live.open({ query: 'customerChanged', variables: CUSTOMER, caller: ANALYST, requestId: 't' });
    expect(refused).toMatchObject({ status: 503, errors: [{ extensions: { code: 'SUBSCRIPTION_CAPACITY' } }] });
    await live.close();
  });

  it("refuses a binding's bad argument with its code, and gives the slot back", async () => {
    const { live } = liveKit({ maxSubscriptionsPerCaller: 1 });
    const refused = await live.open({
      query: 'customerChanged',
      variables: { id: '1' },
      caller: AGENT,
      requestId: 't',
    });
    expect(refused).toMatchObject({ status: 400, errors: [{ extensions: { code: 'INVALID_IDENTIFIER' } }] });
    await subscribe(live, 'customerChanged', CUSTOMER);
    await live.close();
  });
});
