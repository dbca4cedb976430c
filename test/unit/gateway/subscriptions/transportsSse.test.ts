import { createClient } from 'graphql-sse';
import type { ExecutionResult } from 'graphql-sse';
import { mintDevToken } from '../../../../gateway/auth';
import { authHeader } from '../../../support/tokens';
import { CUSTOMER_STORY, startLiveHttp, until } from './transportKit';
import type { LiveHttp, Story } from './transportKit';

/** Reads an event stream as text, chunk by chunk, until `done` says it has seen enough. */
async function readUntil(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  done: (text: string) => boolean,
  text = '',
): Promise<string> {
  const decoder = new TextDecoder();
  while (!done(text)) {
    const chunk = await reader.read();
    if (chunk.done) return text;
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text;
}

/** The `id:` and `data:` of each `next` event in `text`. */
function nextEvents(text: string): { id: string | undefined; data: ExecutionResult }[] {
  return text
    .split('\n\n')
    .filter((block) => block.includes('event: next'))
    .map((block) => {
      const lines = block.split('\n');
      const id = lines.find((line) => line.startsWith('id: '))?.slice(4);
      const data = lines.find((line) => line.startsWith('data: '))?.slice(6) ?? 'null';
      return { id, data: JSON.parse(data) as ExecutionResult };
    });
}

describe('Live transports: Server-Sent Events at /graphql/stream', () => {
  let live: LiveHttp;
  let url: string;

  beforeAll(async () => {
    live = await startLiveHttp();
    url = `${live.http.origin}/graphql/stream`;
  });

  afterAll(async () => {
    await live?.stop();
  });

  afterEach(async () => {
    // every test ends its streams: none may outlive it
    await until(async () => (await live.openSubscriptions()) === 0);
  });

  async function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeader('agent')), ...headers },
      body: JSON.stringify(body),
    });
  }

  it("serves graphql-sse's own client: each emission as a result", async () => {
    const client = createClient({ url, headers: await authHeader('agent'), retryAttempts: 0 });
    const results = client.iterate<Story>({ query: CUSTOMER_STORY, variables: { id: 'cus_1' } });
    try {
      const first = results.next();
      await until(async () => (await live.openSubscriptions()) === 1);
      const eventId = await live.announce('cus_1');
      const received = await first;
      expect(received.done).toBe(false);
      expect(received.value?.errors).toBeUndefined();
      expect(received.value?.data?.customerChanged).toEqual({
        eventId,
        changes: [{ id: eventId, kind: 'CUSTOMER_NOTE_ADDED' }],
        customer: { id: 'cus_1' },
      });
      await live.announce('cus_2'); // another customer's change: not for this subscription
      const secondId = await live.announce('cus_1');
      expect((await results.next()).value?.data?.customerChanged.changes).toEqual([
        { id: secondId, kind: 'CUSTOMER_NOTE_ADDED' },
      ]);
    } finally {
      await results.return?.();
      client.dispose();
    }
  });

  it('writes an id: line with the event id before each next event, and heartbeat comments while idle', async () => {
    const response = await post({ query: CUSTOMER_STORY, variables: { id: 'cus_1' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    // graphql-sse writes one comment when the stream opens; more come only from the heartbeat
    const idle = await readUntil(reader, (text) => text.split(':\n\n').length - 1 >= 3);
    expect(idle).not.toContain('event:');
    const eventId = await live.announce('cus_1');
    const text = await readUntil(reader, (seen) => seen.includes('event: next'), idle);
    const [event] = nextEvents(text);
    expect(event?.id).toBe(eventId);
    expect((event?.data.data as unknown as Story).customerChanged.eventId).toBe(eventId);
    await reader.cancel();
  });

  it('resumes after Last-Event-ID: the changes missed come first, each once', async () => {
    const before = await live.announce('cus_3');
    const missed = [await live.announce('cus_3'), await live.announce('cus_3')];
    const response = await post({ query: CUSTOMER_STORY, variables: { id: 'cus_3' } }, { 'last-event-id': before });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const text = await readUntil(reader, (seen) => seen.includes('event: next'));
    const [replay] = nextEvents(text);
    expect(replay?.id).toBe(missed[1]);
    expect((replay?.data.data as unknown as Story).customerChanged.changes.map(({ id }) => id)).toEqual(missed);
    await reader.cancel();
  });

  it('takes the subscription in the query string of a GET, as EventSource sends it', async () => {
    const params = new URLSearchParams({ query: CUSTOMER_STORY, variables: JSON.stringify({ id: 'cus_4' }) });
    const response = await fetch(`${url}?${params.toString()}`, {
      headers: { ...(await authHeader('agent')), accept: 'text/event-stream' },
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    await until(async () => (await live.openSubscriptions()) === 1);
    const eventId = await live.announce('cus_4');
    const [event] = nextEvents(await readUntil(reader, (seen) => seen.includes('event: next')));
    expect(event?.id).toBe(eventId);
    await reader.cancel();
  });

  it('refuses a request without a token with 401 and the usual JSON error, before any stream', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CUSTOMER_STORY, variables: { id: 'cus_1' } }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]?.message).toContain('Authorization: Bearer');
  });

  it('answers a refused subscription (a malformed argument) with its status and JSON errors', async () => {
    const response = await post({ query: CUSTOMER_STORY, variables: { id: 'customer-1' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('INVALID_IDENTIFIER');
    expect(body.errors[0]?.message).toContain('cus_');
  });

  it('refuses a lastEventId that is not a string', async () => {
    const response = await post({ query: CUSTOMER_STORY, variables: { id: 'cus_1' }, extensions: { lastEventId: 5 } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('ends the stream when the token expires: a last next saying so, then complete, then the end', async () => {
    const token = await mintDevToken({ role: 'agent', expiresIn: '2s' });
    const response = await post(
      { query: CUSTOMER_STORY, variables: { id: 'cus_5' } },
      { authorization: `Bearer ${token}` },
    );
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    await until(async () => (await live.openSubscriptions()) === 1);
    const eventId = await live.announce('cus_5');
    // read to the end: the server ends the response
    const text = await readUntil(reader, () => false);
    const events = nextEvents(text);
    expect(events.map(({ id }) => id)).toEqual([eventId, undefined]);
    const error = events[1]?.data.errors?.[0] as unknown as { message: string; extensions: { code: string } };
    expect(error.extensions.code).toBe('TOKEN_EXPIRED');
    expect(error.message).toContain(eventId);
    expect(text.trimEnd().endsWith('event: complete\ndata:')).toBe(true);
  });

  it('times a stream in the request metrics until it opened, not until it ends', async () => {
    const count = async () => {
      const metric = await live.gateway.metrics.getSingleMetric('c360_gateway_request_duration_seconds')?.get();
      // a histogram's values carry their series name (…_bucket, …_sum, …_count); prom-client's type omits it
      return (metric?.values ?? [])
        .filter(
          (value) => (value as { metricName?: string }).metricName === 'c360_gateway_request_duration_seconds_count',
        )
        .reduce((sum, { value }) => sum + value, 0);
    };
    const before = await count();
    const controller = new AbortController();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeader('agent')) },
      body: JSON.stringify({ query: CUSTOMER_STORY, variables: { id: 'cus_7' } }),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    // recorded once the stream is open, while it is still open
    await until(async () => (await count()) === before + 1);
    controller.abort();
    await until(async () => (await live.openSubscriptions()) === 0);
    expect(await count()).toBe(before + 1);
  });

  it('frees the subscription when the client goes away', async () => {
    const controller = new AbortController();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeader('agent')) },
      body: JSON.stringify({ query: CUSTOMER_STORY, variables: { id: 'cus_6' } }),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    await until(async () => (await live.openSubscriptions()) === 1);
    controller.abort();
    await until(async () => (await live.openSubscriptions()) === 0);
  });
});

describe('Live transports: a stopping gateway ends its event streams', () => {
  it('sends GATEWAY_STOPPING, completes, and the HTTP server then closes without waiting for the drain', async () => {
    const live = await startLiveHttp();
    const response = await fetch(`${live.http.origin}/graphql/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeader('agent')) },
      body: JSON.stringify({ query: CUSTOMER_STORY, variables: { id: 'cus_1' } }),
    });
    const reader = response.body!.getReader();
    await until(async () => (await live.openSubscriptions()) === 1);
    const read = readUntil(reader, () => false);
    // a drain of an hour: were the stream left open, the test would time out
    await live.gateway.closeStreams();
    await live.http.close(3_600_000);
    const events = nextEvents(await read);
    const error = events.at(-1)?.data.errors?.[0] as unknown as { extensions: { code: string } };
    expect(error.extensions.code).toBe('GATEWAY_STOPPING');
    await live.gateway.stop();
    await live.feed.close();
  });
});
