import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pollSupergraphUrl } from '../../../../gateway/reload';
import type { Polling } from '../../../../gateway/reload';

/** A supergraph registry: answers 304 to the current ETag, or what `reply` says. */
function registry() {
  const state = {
    sdl: 'first',
    etag: '"v1"',
    reply: 'ok' as 'ok' | 'error500' | 'huge',
    requests: [] as IncomingHttpHeaders[],
  };
  const server: Server = createServer((req, res) => {
    state.requests.push(req.headers);
    if (state.reply === 'error500') return void res.writeHead(500).end('registry down');
    if (state.reply === 'huge') return void res.writeHead(200).end('x'.repeat(2_000));
    if (req.headers['if-none-match'] === state.etag) return void res.writeHead(304).end();
    res.writeHead(200, { etag: state.etag, 'content-type': 'text/plain' }).end(state.sdl);
  });
  return { state, server };
}

describe('pollSupergraphUrl: asks a URL for the supergraph with the last ETag', () => {
  const { state, server } = registry();
  let url: string;
  let polling: Polling | undefined;
  const changes: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/supergraph.graphql`;
    polling = pollSupergraphUrl({
      url,
      // polled by hand below: the first poll runs at once, the next would come in a minute
      intervalMs: 60_000,
      maxBytes: 1_000,
      onChange: (sdl) => changes.push(sdl),
      onError: (error) => errors.push(error.message),
    });
    await polling.poll();
  });

  afterAll(async () => {
    polling?.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('offers the first answer, then sends If-None-Match and offers nothing on a 304', async () => {
    expect(changes).toEqual(['first']);
    await polling!.poll();
    expect(state.requests.at(-1)?.['if-none-match']).toBe('"v1"');
    expect(changes).toEqual(['first']);
  });

  it('offers a changed supergraph, with its new ETag next time', async () => {
    state.sdl = 'second';
    state.etag = '"v2"';
    await polling!.poll();
    expect(changes).toEqual(['first', 'second']);
    await polling!.poll();
    expect(state.requests.at(-1)?.['if-none-match']).toBe('"v2"');
    expect(changes).toEqual(['first', 'second']);
  });

  it('reports a failing registry and a body over the limit, and offers neither', async () => {
    state.reply = 'error500';
    await polling!.poll();
    state.reply = 'huge';
    await polling!.poll();
    state.reply = 'ok';
    expect(errors).toEqual([
      `${url} answered 500; expected 200 with a supergraph, or 304`,
      `${url} sent a supergraph over 1000 bytes; a larger one is not loaded (is the URL right?)`,
    ]);
    expect(changes).toEqual(['first', 'second']);
  });

  it('reports an unreachable URL', async () => {
    const unreachable: string[] = [];
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const down = pollSupergraphUrl({
      url: `http://127.0.0.1:${port}/`,
      intervalMs: 60_000,
      onChange: () => undefined,
      onError: (error) => unreachable.push(error.message),
    });
    await down.poll();
    down.close();
    expect(unreachable).toEqual([`http://127.0.0.1:${port}/ is unreachable: ECONNREFUSED`]);
  });
});
