import { connect } from 'node:net';
import express from 'express';
import type { LiveMessage, LiveService, LiveStream } from '../../../../gateway/subscriptions';
import { liveStreamHandler } from '../../../../gateway/subscriptions/transports';
import { listen } from '../../../../platform/http/listen';
import { until } from './transportKit';

/** 256 KiB per emission: a few dozen fill every buffer between the gateway and a client that does not read. */
const PAYLOAD = 'x'.repeat(256 * 1024);

/** A LiveService whose one stream has an emission ready whenever it is asked: it counts how often it was asked. */
function eagerLiveService() {
  const state = { pulled: 0, returned: false };
  const stream: LiveStream = {
    next: async (): Promise<IteratorResult<LiveMessage>> => {
      if (state.returned) return { done: true, value: undefined };
      state.pulled++;
      return { done: false, value: { id: `1-${state.pulled}`, result: { data: { payload: PAYLOAD } } } };
    },
    return: async () => {
      state.returned = true;
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => stream,
  };
  const live: LiveService = { open: async () => stream, close: async () => undefined };
  return { live, state };
}

describe('Live transports: a client that stops reading an event stream', () => {
  it('is no longer pulled from, and is cut off once it has read nothing for a heartbeat interval', async () => {
    const { live, state } = eagerLiveService();
    const app = express();
    app.use('/graphql/stream', express.json(), liveStreamHandler({ live, heartbeatMs: 200 }));
    const http = await listen(app, { port: 0, host: '127.0.0.1' });
    try {
      // a raw socket that sends the request and never reads a byte of the answer
      const socket = connect(http.port, '127.0.0.1');
      socket.pause();
      const body = JSON.stringify({ query: 'subscription { payload }' });
      socket.write(
        `POST /graphql/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      const closed = new Promise((resolve) => socket.once('close', resolve));
      socket.on('error', () => undefined);
      // the server gives up on it and ends the subscription (the LiveService's slot is freed)
      await until(() => state.returned);
      // … having pulled only what the socket buffers took: without backpressure it would have pulled without end
      // in that time (hundreds of MB)
      expect(state.pulled).toBeLessThan(200);
      socket.resume();
      await closed;
    } finally {
      await http.close(1_000);
    }
  });
});
