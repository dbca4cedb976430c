import type { Response } from 'express';
import type { LiveResults } from './liveResults';

/** An SSE comment: ignored by every client, it shows the stream is alive and keeps proxies from closing it. */
const HEARTBEAT = ':\n\n';

export interface EventStreamWrite {
  /** What graphql-sse's handler prints: comments, `next` and `complete` events, in order. */
  body: AsyncGenerator<string, void, undefined>;
  /** The subscription's results, paced by this writer; undefined when graphql-sse answered a single result. */
  results: LiveResults | undefined;
  heartbeatMs: number;
}

/**
 * Writes an event stream to `res` until it completes or the client goes away:
 * - backpressure: after a write the socket could not take at once, nothing more is written (and nothing more is
 *   pulled from the subscription, see LiveResults) until it drains;
 * - each `next` event gets an `id:` line with its emission's event id, which a browser's EventSource sends back as
 *   `Last-Event-ID` when it reconnects (graphql-sse prints only `event` and `data`);
 * - a heartbeat comment every `heartbeatMs`. A client that has not taken a byte off the socket for a whole interval
 *   has stopped reading: the connection is cut, as a WebSocket that misses its pong is. (The LiveService has by
 *   then dropped the subscription once its buffer filled, or will, so its memory is bounded either way.)
 * - the client going away ends the subscription (its `return()`), which frees its slot in the LiveService.
 */
export async function writeEventStream(
  res: Response,
  headers: Record<string, string>,
  { body, results, heartbeatMs }: EventStreamWrite,
): Promise<void> {
  res.writeHead(200, headers);
  res.flushHeaders();
  let closed = false;
  /** When the socket last refused to take a write at once; undefined while it keeps up. */
  let blockedSince: number | undefined;
  const write = (text: string): boolean => {
    const taken = res.write(text);
    if (!taken) blockedSince ??= Date.now();
    return taken;
  };
  const onDrain = () => {
    blockedSince = undefined;
  };
  const onClose = () => {
    closed = true;
    // both directly: graphql-sse's own clean-up reaches the results only once its loop wakes up
    void results?.return();
    void body.return();
  };
  res.on('drain', onDrain);
  res.once('close', onClose);
  const heartbeat = setInterval(() => {
    if (blockedSince === undefined) write(HEARTBEAT);
    else if (Date.now() - blockedSince >= heartbeatMs) res.destroy();
  }, heartbeatMs);
  try {
    for await (const chunk of body) {
      if (closed) break;
      const isResult = chunk.startsWith('event: next');
      const id = isResult ? results?.takeId() : undefined;
      if (!write(id === undefined ? chunk : `id: ${id}\n${chunk}`)) await drained(res);
      if (closed) break;
      if (isResult) results?.delivered();
    }
  } finally {
    clearInterval(heartbeat);
    res.off('drain', onDrain);
    res.off('close', onClose);
    if (!closed) res.end();
    else void results?.return();
  }
}

function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
