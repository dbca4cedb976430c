import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  headers: Record<string, string>;
  body: string;
  /** What the subgraph answered (before any failure the proxy adds). */
  status?: number;
}

export interface RecordingProxy {
  /** Where the gateway should send this subgraph's requests. */
  url: string;
  /** The subgraph the proxy forwards to; set once it listens. */
  target: string;
  /** Every request that passed, headers and exact body, as an eavesdropper on the wire would capture it. */
  recorded: RecordedRequest[];
  /**
   * How many of the next requests to forward and then answer 502 whatever the subgraph said, as a load balancer
   * does when the connection drops on the way back: the subgraph has seen the request, the gateway retries it.
   */
  failAfterForwarding: number;
  /** While true, requests are recorded but not forwarded until release(): the test decides when calls overlap. */
  holding: boolean;
  /** Forwards every request held so far (holding goes on for later ones unless set to false); returns how many. */
  release(): number;
  stop(): Promise<void>;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'keep-alive', 'transfer-encoding']);

function forwardable(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (typeof value === 'string' && !HOP_BY_HOP.has(name)) out[name] = value;
  return out;
}

/** A man in the middle between the gateway and one subgraph, on a free port: it records, forwards, and may fail. */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const held: (() => void)[] = [];
  const proxy: Omit<RecordingProxy, 'url' | 'stop'> = {
    target: '',
    recorded: [],
    failAfterForwarding: 0,
    holding: false,
    release() {
      const forwards = held.splice(0);
      for (const forward of forwards) forward();
      return forwards.length;
    },
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const captured: RecordedRequest = {
        headers: forwardable(req.headers),
        body: Buffer.concat(chunks).toString('utf8'),
      };
      proxy.recorded.push(captured);
      const forward = () =>
        void fetch(proxy.target, { method: req.method ?? 'POST', headers: captured.headers, body: captured.body })
          .then(async (response) => {
            const text = await response.text();
            captured.status = response.status;
            if (proxy.failAfterForwarding > 0) {
              proxy.failAfterForwarding--;
              res.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway');
              return;
            }
            res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? '' }).end(text);
          })
          .catch(() => res.writeHead(502).end());
      if (proxy.holding) held.push(forward);
      else forward();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(proxy, {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
