import { parse } from 'graphql';
import type { DocumentNode, FormattedExecutionResult } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { PLAYGROUND_FETCHER_SCRIPT } from '../../../../gateway/playground/playgroundFetcherScript';

type Result = FormattedExecutionResult<Record<string, unknown>>;
type Headers = Record<string, string>;
interface Params {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}
interface FetcherOpts {
  headers?: Headers;
  documentAST?: DocumentNode;
}
type FetchImpl = (input: string, init?: RequestInit) => Promise<Response>;
interface ClientOptions {
  url: string;
  fetchFn?: FetchImpl;
  headers?: () => Headers;
  connectionParams?: Record<string, string>;
  shouldRetry?: (event: unknown) => boolean;
}

/** What the page's script defines, evaluated from the very text the browser gets. */
interface Script {
  operationTypeOf(document: DocumentNode | undefined, operationName?: string): string | undefined;
  lastEventIdOf(result: Result): string | undefined;
  refusalAsStream(fetchImpl: FetchImpl): FetchImpl;
  failureResult(error: unknown, transport: string): Promise<Result>;
  createPlaygroundFetcher(options: {
    httpFetcher: (params: Params, opts?: FetcherOpts) => unknown;
    streamUrl: string;
    wsUrl: string;
    fetch: FetchImpl;
    authorization: (headers: Headers) => Promise<string | undefined>;
    transport: () => string;
    sse: { createClient(options: ClientOptions): FakeClient };
    ws: { createClient(options: ClientOptions): FakeClient };
  }): (params: Params, opts?: FetcherOpts) => unknown;
}
interface FakeClient {
  iterate(params: Params): AsyncIterator<Result>;
  dispose(): void;
}

const script = new Function(
  `${PLAYGROUND_FETCHER_SCRIPT}\nreturn { operationTypeOf, lastEventIdOf, refusalAsStream, failureResult, createPlaygroundFetcher };`,
)() as Script;

const DOCUMENT = parse(/* GraphQL */ `
  query story($id: ID!) {
    customer(id: $id) {
      name
    }
  }
  subscription live($id: ID!) {
    customerChanged(id: $id) {
      eventId
    }
  }
  mutation note {
    __typename
  }
`);

/** A client that yields `results`, then ends; records what it was built with. */
function fakeModule(results: Result[]) {
  const built: ClientOptions[] = [];
  const iterated: Params[] = [];
  let disposed = 0;
  return {
    built,
    iterated,
    disposed: () => disposed,
    createClient(options: ClientOptions): FakeClient {
      built.push(options);
      return {
        async *iterate(params: Params) {
          iterated.push(params);
          // each emission is taken after the headers of the next attempt could be read
          for (const result of results) yield await Promise.resolve(result);
        },
        dispose: () => void disposed++,
      };
    },
  };
}

async function collect(stream: unknown): Promise<Result[]> {
  const results: Result[] = [];
  for await (const result of (await stream) as AsyncIterable<Result>) results.push(result);
  return results;
}

describe('Playground fetcher: which operation goes where', () => {
  it('finds the type of the operation GraphiQL runs: the named one, or the only one', () => {
    expect(script.operationTypeOf(DOCUMENT, 'live')).toBe('subscription');
    expect(script.operationTypeOf(DOCUMENT, 'story')).toBe('query');
    expect(script.operationTypeOf(DOCUMENT, 'note')).toBe('mutation');
    expect(script.operationTypeOf(parse('subscription { slaAlerts { eventId } }'))).toBe('subscription');
    // several operations and no name, an unknown name, no document (the introspection query): not a subscription
    expect(script.operationTypeOf(DOCUMENT)).toBeUndefined();
    expect(script.operationTypeOf(DOCUMENT, 'nope')).toBeUndefined();
    expect(script.operationTypeOf(undefined, 'IntrospectionQuery')).toBeUndefined();
  });

  function fetcherWith(transport: string) {
    const http: { params: Params; opts: FetcherOpts | undefined }[] = [];
    const sse = fakeModule([
      { data: { customerChanged: { eventId: '1700000000000-0' } } },
      { data: { customerChanged: { eventId: '1700000000000-1' } } },
    ]);
    const ws = fakeModule([{ data: { customerChanged: { eventId: '1700000000000-2' } } }]);
    const signedBy: Headers[] = [];
    const fetcher = script.createPlaygroundFetcher({
      httpFetcher: (params, opts) => {
        http.push({ params, opts });
        return Promise.resolve({ data: { ok: true } });
      },
      streamUrl: 'http://gw/graphql/stream',
      wsUrl: 'ws://gw/graphql/ws',
      fetch: () => Promise.reject(new Error('not called by the fake clients')),
      authorization: (headers) => {
        signedBy.push(headers);
        return Promise.resolve(headers['Authorization'] ?? 'Bearer agent-token');
      },
      transport: () => transport,
      sse,
      ws,
    });
    return { fetcher, http, sse, ws, signedBy };
  }

  it('sends queries, mutations and the introspection query by POST, with the Headers tab as GraphiQL gave it', async () => {
    const { fetcher, http, sse, ws } = fetcherWith('sse');
    const opts = { headers: { 'x-tab': '1' }, documentAST: DOCUMENT };
    await expect(fetcher({ query: 'q', operationName: 'story' }, opts)).resolves.toEqual({ data: { ok: true } });
    await fetcher({ query: 'q', operationName: 'note' }, opts);
    await fetcher({ query: 'q', operationName: 'IntrospectionQuery' }, { headers: {} });
    expect(http.map(({ params }) => params.operationName)).toEqual(['story', 'note', 'IntrospectionQuery']);
    expect(http[0]?.opts).toBe(opts);
    expect([sse.built, ws.built]).toEqual([[], []]);
  });

  it('runs a subscription over SSE by default, shows every emission, and resumes a reconnect after the last one', async () => {
    const { fetcher, http, sse } = fetcherWith('sse');
    const params = { query: 'subscription…', variables: { id: 'cus_1' }, operationName: 'live' };
    const stream = fetcher(params, { headers: { 'x-tab': '1' }, documentAST: DOCUMENT });
    const [client] = sse.built;
    expect(client?.url).toBe('http://gw/graphql/stream');
    // before any emission a (re)connect sends the Headers tab only; the role's token is added by options.fetch
    expect(client?.headers?.()).toEqual({ 'x-tab': '1' });
    const results = await collect(stream);
    expect(results.map((r) => r.data)).toEqual([
      { customerChanged: { eventId: '1700000000000-0' } },
      { customerChanged: { eventId: '1700000000000-1' } },
    ]);
    expect(sse.iterated).toEqual([params]);
    expect(client?.headers?.()).toEqual({ 'x-tab': '1', 'last-event-id': '1700000000000-1' });
    expect(sse.disposed()).toBe(1);
    expect(http).toEqual([]);
  });

  it('runs a subscription over WebSocket when picked, with the Authorization a POST would carry in ConnectionInit', async () => {
    const { fetcher, ws, sse, signedBy } = fetcherWith('ws');
    const pasted = { Authorization: 'Bearer pasted' };
    const results = await collect(
      fetcher({ query: 's', operationName: 'live' }, { headers: pasted, documentAST: DOCUMENT }),
    );
    expect(results).toEqual([{ data: { customerChanged: { eventId: '1700000000000-2' } } }]);
    expect(signedBy).toEqual([pasted]);
    expect(ws.built[0]?.url).toBe('ws://gw/graphql/ws');
    expect(ws.built[0]?.connectionParams).toEqual({ authorization: 'Bearer pasted' });
    // a refusal is not retried; a dropped connection is
    expect(ws.built[0]?.shouldRetry?.({ code: 4403, reason: 'Forbidden' })).toBe(false);
    expect(ws.built[0]?.shouldRetry?.({ code: 1006, reason: '' })).toBe(true);
    expect(ws.disposed()).toBe(1);
    expect(sse.built).toEqual([]);
  });
});

describe('Playground fetcher: how a stream ends', () => {
  const sseFrames = (...frames: string[]) =>
    new Response(frames.join(''), { status: 200, headers: { 'content-type': 'text/event-stream' } });

  it('shows a refusal (4xx) as the gateway’s errors at once, through the real graphql-sse client, without retrying', async () => {
    const calls: string[] = [];
    const refusal = { errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] };
    const client = createSseClient({
      url: 'http://gw/graphql/stream',
      fetchFn: script.refusalAsStream((input) => {
        calls.push(input);
        return Promise.resolve(Response.json(refusal, { status: 401 }));
      }),
      retry: () => Promise.reject(new Error('a refusal must not be retried')),
    });
    const results = await collect(client.iterate({ query: 'subscription { slaAlerts { eventId } }' }));
    expect(results).toEqual([refusal]);
    expect(calls).toEqual(['http://gw/graphql/stream']);
  });

  it('passes a live stream through: every emission, then the final error the gateway ends it with', async () => {
    const emission = { data: { slaAlerts: { eventId: '1-0' } } };
    const final = { errors: [{ message: 'Your token expired.', extensions: { code: 'TOKEN_EXPIRED' } }] };
    const client = createSseClient({
      url: 'http://gw/graphql/stream',
      fetchFn: script.refusalAsStream(() =>
        Promise.resolve(
          sseFrames(
            `id: 1-0\nevent: next\ndata: ${JSON.stringify(emission)}\n\n`,
            `event: next\ndata: ${JSON.stringify(final)}\n\n`,
            'event: complete\ndata:\n\n',
          ),
        ),
      ),
    });
    await expect(collect(client.iterate({ query: 'subscription { slaAlerts { eventId } }' }))).resolves.toEqual([
      emission,
      final,
    ]);
  });

  it('says how a stream broke for good, and what to do', async () => {
    const wsErrors = [{ message: 'Unknown field.' }];
    await expect(script.failureResult(wsErrors, 'WebSocket')).resolves.toEqual({ errors: wsErrors });
    const closed = await script.failureResult({ code: 4403, reason: 'Forbidden' }, 'WebSocket');
    expect(closed.errors?.[0]?.message).toBe(
      'The WebSocket closed with code 4403: Forbidden. Run the subscription again.',
    );
    const dropped = await script.failureResult(new TypeError('network error'), 'SSE');
    expect(dropped.errors?.[0]?.message).toBe('The SSE stream broke (network error). Run the subscription again.');
  });

  it('turns a client that throws into one last result, then ends', async () => {
    const sse = {
      createClient: (): FakeClient => ({
        // eslint-disable-next-line require-yield -- a stream that fails before its first emission
        async *iterate() {
          throw new TypeError('Failed to fetch');
        },
        dispose: () => undefined,
      }),
    };
    const fetcher = script.createPlaygroundFetcher({
      httpFetcher: () => undefined,
      streamUrl: 'http://gw/graphql/stream',
      wsUrl: 'ws://gw/graphql/ws',
      fetch: () => Promise.reject(new Error('unused')),
      authorization: () => Promise.resolve(undefined),
      transport: () => 'sse',
      sse,
      ws: sse,
    });
    const results = await collect(fetcher({ query: 's', operationName: 'live' }, { documentAST: DOCUMENT }));
    expect(results).toEqual([
      { errors: [{ message: 'The SSE stream broke (Failed to fetch). Run the subscription again.' }] },
    ]);
  });

  it('reads the event id of any live payload, and nothing from a result without one', () => {
    expect(script.lastEventIdOf({ data: { teamQueue: { eventId: '9-3', changes: [] } } })).toBe('9-3');
    expect(script.lastEventIdOf({ errors: [{ message: 'x' }] })).toBeUndefined();
    expect(script.lastEventIdOf({ data: { customerChanged: null } })).toBeUndefined();
  });
});
