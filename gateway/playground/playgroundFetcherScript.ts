/**
 * The playground's fetcher, as the browser runs it: plain ES2020 with no imports, so the page needs no build step
 * and a unit test can evaluate this very text (`new Function(PLAYGROUND_FETCHER_SCRIPT + 'return …')`).
 *
 * Queries and mutations go to GraphiQL's own HTTP fetcher (POST /graphql, as before). A subscription goes over
 * SSE (graphql-sse's client, distinct-connections mode: one POST to the stream endpoint per subscription) or, when
 * the banner says so, over WebSocket (graphql-ws's client), and comes back to GraphiQL as an async iterable: each
 * emission replaces the result pane as it arrives, and a stream the gateway ends for a reason (token expired,
 * gateway stopping) shows its final error. A refusal (bad query, no token, forbidden) shows as a GraphQL error
 * at once, never as retries.
 *
 * Defines, in the page's scope: operationTypeOf, lastEventIdOf, refusalAsStream, failureResult, settledResults and
 * createPlaygroundFetcher.
 */
export const PLAYGROUND_FETCHER_SCRIPT = String.raw`
// The type of the operation GraphiQL runs: the named one, or the document's only one. Undefined when neither
// (the introspection query comes without a document): such a request goes by POST, where the gateway explains.
function operationTypeOf(documentAST, operationName) {
  if (!documentAST || !Array.isArray(documentAST.definitions)) return undefined;
  const operations = documentAST.definitions.filter((definition) => definition.kind === 'OperationDefinition');
  const chosen = operationName
    ? operations.find((definition) => definition.name && definition.name.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  return chosen ? chosen.operation : undefined;
}

// Every live payload (CustomerUpdate, TicketUpdate, …) carries eventId: the point a reconnect resumes from.
function lastEventIdOf(result) {
  const data = result && result.data;
  if (!data || typeof data !== 'object') return undefined;
  for (const value of Object.values(data)) {
    if (value && typeof value === 'object' && typeof value.eventId === 'string') return value.eventId;
  }
  return undefined;
}

// graphql-sse retries every answer that is not an event stream, a 403 as much as a dropped connection. A refusal
// (4xx) will fail the same way every time: it becomes a stream of one result carrying the gateway's errors, which
// the client shows and ends on. Server errors and network failures are still retried.
function refusalAsStream(fetchImpl) {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    if (response.ok || response.status < 400 || response.status >= 500) return response;
    const body = await response.json().catch(() => null);
    const errors =
      body && Array.isArray(body.errors) && body.errors.length > 0
        ? body.errors
        : [{ message: 'The gateway refused the subscription with HTTP ' + response.status + '.' }];
    const frames = 'event: next\ndata: ' + JSON.stringify({ errors }) + '\n\nevent: complete\ndata:\n\n';
    return new Response(frames, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  };
}

// What the result pane shows when a stream breaks for good: the errors of a WebSocket 'error' message, or a
// message saying how it ended and what to do.
async function failureResult(error, transport) {
  if (Array.isArray(error) && error.length > 0) return { errors: error };
  if (error && typeof error.code === 'number' && 'reason' in error) {
    const why = error.reason ? ': ' + error.reason : '';
    return { errors: [{ message: 'The WebSocket closed with code ' + error.code + why + '. Run the subscription again.' }] };
  }
  const response = error && error.response;
  if (response && typeof response.status === 'number') {
    return { errors: [{ message: 'The live stream failed with HTTP ' + response.status + ' after retries. Run the subscription again.' }] };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { errors: [{ message: 'The ' + transport + ' stream broke (' + message + '). Run the subscription again.' }] };
}

// Wraps a client's iterator for GraphiQL: emissions pass through (onResult sees each), a failure becomes one last
// result instead of an exception (GraphiQL would print a stack), and stopping ends the stream at once.
function settledResults(iterator, transport, onResult, onEnd) {
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    if (onEnd) onEnd();
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (finished) return { done: true, value: undefined };
      try {
        const step = await iterator.next();
        if (step.done) finish();
        else if (onResult) onResult(step.value);
        return step;
      } catch (error) {
        if (finished) return { done: true, value: undefined }; // stopped from the page while it was failing
        finish();
        return { done: false, value: await failureResult(error, transport) };
      }
    },
    async return() {
      finish();
      if (iterator.return) await iterator.return();
      return { done: true, value: undefined };
    },
  };
}

// Header names are case-insensitive; the Headers tab gives a plain object.
function headerIn(headers, name) {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : String(headers[key]);
}

// options: {
//   httpFetcher(params, opts)  GraphiQL's fetcher for queries and mutations;
//   streamUrl, wsUrl           the SSE and WebSocket endpoints (absolute);
//   fetch(input, init)         the fetch that signs requests (the role switcher's, or the browser's);
//   authorization(headers)     the Authorization value for a WebSocket's ConnectionInit (a Promise);
//   transport()                'sse' or 'ws', read at each run;
//   sse, ws                    the graphql-sse and graphql-ws browser modules (window.graphqlSse / graphqlWs).
// }
function createPlaygroundFetcher(options) {
  function overSse(params, tabHeaders) {
    let lastEventId;
    const client = options.sse.createClient({
      url: options.streamUrl,
      fetchFn: refusalAsStream(options.fetch),
      // called before each attempt: a reconnect after a dropped connection resumes after the last emission shown
      headers: () => {
        const headers = Object.assign({}, tabHeaders);
        if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
        return headers;
      },
    });
    return settledResults(
      client.iterate(params),
      'SSE',
      (result) => {
        lastEventId = lastEventIdOf(result) || lastEventId;
      },
      () => client.dispose(),
    );
  }

  async function overWebSocket(params, tabHeaders) {
    const authorization = await options.authorization(tabHeaders);
    const client = options.ws.createClient({
      url: options.wsUrl,
      connectionParams: authorization === undefined ? {} : { authorization },
      // 4400–4498 are refusals (bad request, unauthorized, forbidden…): retrying cannot change the answer
      shouldRetry: (event) =>
        !!event && typeof event.code === 'number' && !(event.code >= 4400 && event.code < 4499),
    });
    return settledResults(client.iterate(params), 'WebSocket', undefined, () => client.dispose());
  }

  return (params, opts) => {
    const headers = (opts && opts.headers) || {};
    if (operationTypeOf(opts && opts.documentAST, params.operationName) !== 'subscription') {
      return options.httpFetcher(params, opts);
    }
    return options.transport() === 'ws' ? overWebSocket(params, headers) : overSse(params, headers);
  };
}
`;
