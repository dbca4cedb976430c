import { createClient } from 'graphql-ws';
import type { Client, FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { mintDevToken } from '../../../../gateway/auth';
import { authHeader } from '../../../support/tokens';
import { CUSTOMER_STORY, startLiveHttp, until } from './transportKit';
import type { LiveHttp, Story } from './transportKit';

interface Closed {
  code: number;
  reason: string;
}

/** A subscription's messages as they come, and how it ended: complete, an error, or the socket closed. */
function subscribe(client: Client, id: string, extensions?: Record<string, unknown>) {
  const messages: FormattedExecutionResult<Story, unknown>[] = [];
  const ended = new Promise<{ completed: true } | { error: unknown }>((resolve) => {
    client.subscribe<Story>(
      { query: CUSTOMER_STORY, variables: { id }, ...(extensions ? { extensions } : {}) },
      {
        next: (message) => messages.push(message),
        error: (error) => resolve({ error }),
        complete: () => resolve({ completed: true }),
      },
    );
  });
  return { messages, ended };
}

describe('Live transports: WebSocket at /graphql/ws (graphql-transport-ws)', () => {
  let live: LiveHttp;
  let url: string;
  const clients: Client[] = [];

  function connect(connectionParams: Record<string, unknown>): { client: Client; closed: Promise<Closed> } {
    let closedWith: (closed: Closed) => void = () => undefined;
    const closed = new Promise<Closed>((resolve) => {
      closedWith = resolve;
    });
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
      on: { closed: (event) => closedWith(event as Closed) },
    });
    clients.push(client);
    return { client, closed };
  }

  beforeAll(async () => {
    live = await startLiveHttp();
    url = `${live.http.origin.replace('http', 'ws')}/graphql/ws`;
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) await client.dispose();
    await until(async () => (await live.openSubscriptions()) === 0);
  });

  afterAll(async () => {
    await live?.stop();
  });

  it('connects with the token in the connection payload and receives each emission', async () => {
    const { client } = connect(await authHeader('agent'));
    const story = subscribe(client, 'cus_1');
    await until(async () => (await live.openSubscriptions()) === 1);
    const eventId = await live.announce('cus_1');
    await until(() => story.messages.length === 1);
    expect(story.messages[0]).toEqual({
      data: {
        customerChanged: {
          eventId,
          changes: [{ id: eventId, kind: 'CUSTOMER_NOTE_ADDED' }],
          customer: { id: 'cus_1' },
        },
      },
    });
  });

  it('resumes after extensions.lastEventId', async () => {
    const before = await live.announce('cus_2');
    const missed = await live.announce('cus_2');
    const { client } = connect(await authHeader('agent'));
    const story = subscribe(client, 'cus_2', { lastEventId: before });
    await until(() => story.messages.length === 1);
    expect(story.messages[0]?.data?.customerChanged.changes.map(({ id }) => id)).toEqual([missed]);
  });

  it('closes with 4401 and the reason when the token does not verify', async () => {
    const { client, closed } = connect({ authorization: 'Bearer not-a-jwt' });
    subscribe(client, 'cus_1');
    const event = await closed;
    expect(event.code).toBe(4401);
    expect(event.reason).toContain('not a valid signed JWT');
  });

  it('closes with 4401 naming the payload when there is no token', async () => {
    const { client, closed } = connect({});
    subscribe(client, 'cus_1');
    const event = await closed;
    expect(event.code).toBe(4401);
    expect(event.reason).toContain('connection_init');
  });

  it('closes with 4403 when the token does not grant graph:read', async () => {
    const token = await mintDevToken({ role: 'service', scopes: ['metrics:read'] });
    const { client, closed } = connect({ authorization: `Bearer ${token}` });
    subscribe(client, 'cus_1');
    const event = await closed;
    expect(event.code).toBe(4403);
    expect(event.reason).toContain('graph:read');
  });

  it('sends a refused subscription its errors and keeps the socket', async () => {
    const { client } = connect(await authHeader('agent'));
    const refused = subscribe(client, 'customer-1');
    const ending = (await refused.ended) as { error: { message: string; extensions: { code: string } }[] };
    expect(ending.error[0]?.extensions.code).toBe('INVALID_IDENTIFIER');
    const story = subscribe(client, 'cus_3');
    await until(async () => (await live.openSubscriptions()) === 1);
    const eventId = await live.announce('cus_3');
    await until(() => story.messages.length === 1);
    expect(story.messages[0]?.data?.customerChanged.eventId).toBe(eventId);
  });

  it('ends the subscription and closes 4401 when the token expires, naming the id to resume from', async () => {
    const token = await mintDevToken({ role: 'agent', expiresIn: '3s' });
    const { client, closed } = connect({ authorization: `Bearer ${token}` });
    const story = subscribe(client, 'cus_4');
    await until(async () => (await live.openSubscriptions()) === 1);
    const eventId = await live.announce('cus_4');
    await until(() => story.messages.length === 1);
    const event = await closed;
    expect(event.code).toBe(4401);
    expect(event.reason).toMatch(/^Token expired at .+; reconnect with a fresh token and lastEventId /);
    expect(event.reason).toContain(eventId);
    // the closing message came first, on the subscription
    expect(story.messages.map(({ errors }) => errors?.[0]?.extensions?.['code'])).toEqual([undefined, 'TOKEN_EXPIRED']);
    expect(await story.ended).toEqual({ completed: true });
  });

  it('frees the subscription when the client goes away', async () => {
    const { client } = connect(await authHeader('agent'));
    subscribe(client, 'cus_5');
    await until(async () => (await live.openSubscriptions()) === 1);
    await client.dispose();
    await until(async () => (await live.openSubscriptions()) === 0);
  });

  it('terminates a socket that does not answer pings', async () => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { autoPong: false });
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    await new Promise((resolve) => socket.once('open', resolve));
    const acknowledged = new Promise((resolve) => socket.once('message', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: await authHeader('agent') }));
    await acknowledged;
    socket.send(
      JSON.stringify({ id: '1', type: 'subscribe', payload: { query: CUSTOMER_STORY, variables: { id: 'cus_6' } } }),
    );
    await until(async () => (await live.openSubscriptions()) === 1);
    const code = await closed;
    // terminated, not closed: no close frame
    expect(code).toBe(1006);
    await until(async () => (await live.openSubscriptions()) === 0);
  });

  it('answers an upgrade on another path with 404', async () => {
    const socket = new WebSocket(`${live.http.origin.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const status = await new Promise<number | undefined>((resolve) => {
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode));
      socket.once('error', () => resolve(undefined));
    });
    expect(status).toBe(404);
  });
});
