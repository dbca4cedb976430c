import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deadlineLayer } from '../../../../gateway/dataSources/deadlineLayer';
import { fetchLayer } from '../../../../gateway/dataSources/fetchLayer';
import { signingLayer } from '../../../../gateway/dataSources/signingLayer';
import { SubgraphFailure } from '../../../../gateway/dataSources';
import { subgraphRequest } from './subgraphRequest';
import { NONCE_HEADER, verifyRequest } from '../../../../platform/caller';

const SECRET = 'a-test-signing-secret-of-some-length';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A stand-in subgraph: answers with `reply`, records requests, and counts the TCP connections it accepted. */
async function startSubgraph(reply: (res: ServerResponse) => void) {
  const received: Received[] = [];
  const sockets = { opened: 0, closed: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString() });
      reply(res);
    });
  });
  server.on('connection', (socket) => {
    sockets.opened++;
    socket.on('close', () => sockets.closed++);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    received,
    sockets,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const json = (body: unknown) => (res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

const OK_QUERY = '{ ok }';

describe('Fetch layer (with the signing and deadline layers): pooled, signed, bounded calls to one subgraph', () => {
  it('reuses keep-alive connections for calls in a row, and closes them on close()', async () => {
    const subgraph = await startSubgraph(json({ data: { ok: true } }));
    const { fetch, close } = fetchLayer({ url: subgraph.url });
    for (let i = 0; i < 20; i++) {
      await expect(fetch(subgraphRequest(OK_QUERY))).resolves.toEqual({ data: { ok: true } });
    }
    // undici may open a second socket while it marks the first one free again; never one per call
    expect(subgraph.sockets.opened).toBeLessThanOrEqual(2);
    expect(subgraph.sockets.closed).toBe(0);
    close();
    await until(() => subgraph.sockets.closed === subgraph.sockets.opened);
    expect(subgraph.sockets.closed).toBe(subgraph.sockets.opened);
    await subgraph.stop();
  });

  it('signs the exact body bytes and the caller headers it sends, for its subgraph only', async () => {
    const subgraph = await startSubgraph(json({ data: { ok: true } }));
    const { fetch, close } = fetchLayer({ url: subgraph.url });
    const signed = signingLayer({ subgraph: 'crm', secret: SECRET })(fetch);
    await signed(subgraphRequest('query($name: String) { ok(name: $name) }', { variables: { name: 'Zoë' } }));
    const [request] = subgraph.received;
    const headers = request?.headers ?? {};
    const body = request?.body ?? '';
    expect(JSON.parse(body)).toEqual({ query: 'query($name: String) { ok(name: $name) }', variables: { name: 'Zoë' } });
    expect(headers['x-c360-user']).toBe('agt_1');
    expect(verifyRequest(SECRET, { subgraph: 'crm', headers, body })).toMatchObject({ ok: true });
    expect(verifyRequest(SECRET, { subgraph: 'crm', headers: { ...headers, 'x-c360-user': 'agt_2' }, body })).toEqual({
      ok: false,
      reason: 'tampered',
    });
    expect(verifyRequest(SECRET, { subgraph: 'tickets', headers, body })).toEqual({ ok: false, reason: 'tampered' });
    close();
    await subgraph.stop();
  });

  it('signs every call afresh, with a nonce of its own: the same body sent twice is two requests', async () => {
    const subgraph = await startSubgraph(json({ data: { ok: true } }));
    const { fetch, close } = fetchLayer({ url: subgraph.url });
    const signed = signingLayer({ subgraph: 'crm', secret: SECRET })(fetch);
    await signed(subgraphRequest(OK_QUERY));
    await signed(subgraphRequest(OK_QUERY));
    const nonces = subgraph.received.map(({ headers }) => headers[NONCE_HEADER]);
    expect(nonces).toEqual([expect.stringMatching(/^[\w-]{22}$/), expect.stringMatching(/^[\w-]{22}$/)]);
    expect(nonces[0]).not.toBe(nonces[1]);
    close();
    await subgraph.stop();
  });

  it('gives up after the deadline, even while the body is still coming, as a retryable SUBGRAPH_TIMEOUT', async () => {
    const subgraph = await startSubgraph((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":');
      setTimeout(() => res.end('null}'), 1_000).unref();
    });
    const { fetch, close } = fetchLayer({ url: subgraph.url });
    const failure = await deadlineLayer(100)(fetch)(subgraphRequest(OK_QUERY)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SubgraphFailure);
    expect(failure).toMatchObject({ code: 'SUBGRAPH_TIMEOUT', retryable: true });
    close();
    await subgraph.stop();
  });

  it('gives up at the deadline while still waiting for a free connection, and sends nothing then', async () => {
    const subgraph = await startSubgraph((res) => {
      setTimeout(() => json({ data: { ok: true } })(res), 400).unref();
    });
    const { fetch, close } = fetchLayer({ url: subgraph.url, maxSockets: 1 });
    const first = fetch(subgraphRequest(OK_QUERY));
    const started = Date.now();
    const queued = await deadlineLayer(100)(fetch)(subgraphRequest(OK_QUERY)).catch((e: unknown) => e);
    expect(queued).toMatchObject({ code: 'SUBGRAPH_TIMEOUT', retryable: true });
    expect(Date.now() - started).toBeLessThan(350);
    await expect(first).resolves.toEqual({ data: { ok: true } });
    await until(() => subgraph.received.length > 1);
    expect(subgraph.received).toHaveLength(1);
    close();
    await subgraph.stop();
  });

  it('turns a refused connection and a non-GraphQL answer into SUBGRAPH_UNAVAILABLE', async () => {
    const html = await startSubgraph((res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>maintenance</html>');
    });
    const { fetch, close } = fetchLayer({ url: html.url });
    await expect(fetch(subgraphRequest(OK_QUERY))).rejects.toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      retryable: false,
    });
    await html.stop();
    await expect(fetch(subgraphRequest(OK_QUERY))).rejects.toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      retryable: true,
    });
    close();
  });

  it('passes a 4xx GraphQL answer on as the subgraph gave it', async () => {
    const subgraph = await startSubgraph((res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Cannot query field "nope"' }] }));
    });
    const { fetch, close } = fetchLayer({ url: subgraph.url });
    await expect(fetch(subgraphRequest(OK_QUERY))).resolves.toEqual({
      errors: [{ message: 'Cannot query field "nope"' }],
    });
    close();
    await subgraph.stop();
  });
});
