import type { FormattedExecutionResult } from 'graphql';

/** One Server-Sent Event as the stream carried it. */
export interface SseEvent {
  id?: string;
  event: string;
  data: string;
}

/** A `next` event's GraphQL result, with the SSE id it came with. */
export interface Emission<Data> {
  id: string | undefined;
  result: FormattedExecutionResult<Data>;
}

export interface SseStream {
  status: number;
  /** Every event received so far, in order (heartbeat comments are not events). */
  events: SseEvent[];
  /** Resolves with the first `next` emission after the ones already taken that `accept` accepts (all by default). */
  next<Data>(timeoutMs?: number, accept?: (emission: Emission<Data>) => boolean): Promise<Emission<Data>>;
  /** Resolves when the server ended the stream. */
  ended: Promise<void>;
  /** Ends the stream from the client's side (a disconnect). */
  close(): void;
}

/** The refused subscription: its status and JSON body. */
export interface SseRefusal {
  status: number;
  body: { errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/**
 * Opens a subscription over SSE the way curl or a browser does (graphql-sse's distinct-connections mode: one POST,
 * one `text/event-stream` answer) and parses the frames by hand, so tests see the `id:` lines too.
 */
export async function openSse(
  url: string,
  request: { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> },
  headers: Record<string, string>,
): Promise<SseStream | SseRefusal> {
  const abort = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify(request),
    signal: abort.signal,
  });
  if (!response.headers.get('content-type')?.includes('text/event-stream')) {
    return { status: response.status, body: (await response.json()) as SseRefusal['body'] };
  }
  const events: SseEvent[] = [];
  let taken = 0;
  let wake: (() => void) | undefined;
  let done = false;
  const ended = (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: SseEvent = { event: 'message', data: '' };
          const data: string[] = [];
          for (const line of frame.split('\n')) {
            if (line.startsWith(':') || line === '') continue;
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'id') event.id = text;
            else if (field === 'event') event.event = text;
            else if (field === 'data') data.push(text);
          }
          if (data.length === 0 && event.id === undefined && event.event === 'message') continue;
          event.data = data.join('\n');
          events.push(event);
          wake?.();
        }
      }
    } catch {
      // aborted by close(), or the connection dropped: the stream has ended either way
    } finally {
      done = true;
      wake?.();
    }
  })();

  return {
    status: response.status,
    events,
    ended,
    close: () => abort.abort(),
    async next<Data>(timeoutMs = 10_000, accept: (emission: Emission<Data>) => boolean = () => true) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        while (taken < events.length) {
          const event = events[taken++]!;
          if (event.event !== 'next') continue;
          const emission: Emission<Data> = {
            id: event.id,
            result: JSON.parse(event.data) as FormattedExecutionResult<Data>,
          };
          if (accept(emission)) return emission;
        }
        if (done) throw new Error(`The stream ended; events: ${JSON.stringify(events).slice(0, 2_000)}`);
        const left = deadline - Date.now();
        if (left <= 0)
          throw new Error(`No emission within ${timeoutMs} ms; events: ${JSON.stringify(events).slice(0, 2_000)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
      }
    },
  };
}

export function isRefusal(opened: SseStream | SseRefusal): opened is SseRefusal {
  return !('events' in opened);
}
