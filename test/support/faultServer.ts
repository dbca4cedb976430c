import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the fault server does with a subgraph request: pass it to the real subgraph, or fail in one way.
 * `refuse` stops listening, so connections are refused as with a dead process.
 */
export type Fault = 'proxy' | 'refuse' | 'slow' | 'error500' | 'badGateway' | 'html' | 'garbage';

export interface FaultServer {
  /** The URL to route the gateway to, e.g. http://127.0.0.1:40123/graphql. */
  url: string;
  /** Switches the behaviour; `refuse` closes the port, any other fault opens it again on the same port. */
  set(fault: Fault): Promise<void>;
  /** Requests received since the last reset, by the operation keyword their query starts with. */
  requests: { query: number; mutation: number };
  resetCounts(): void;
  stop(): Promise<void>;
}

/** A body that must never reach a client: the gateway should log it, not forward it. */
export const LEAKY_BODY_MARKER = 'at secretFunction (/srv/internal/subgraph.js:42:7)';

/**
 * A stand-in for one subgraph that proxies to `target()` (the real subgraph) or fails on demand. Listens on
 * 127.0.0.1 port 0; `slowMs` is how long a `slow` answer takes.
 */
export async function startFaultServer(target: () => string, { slowMs }: { slowMs: number }): Promise<FaultServer> {
  let fault: Fault = 'proxy';
  const requests = { query: 0, mutation: 0 };
  const timers = new Set<NodeJS.Timeout>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString();
    const query = String((JSON.parse(body) as { query?: unknown }).query ?? '');
    requests[query.trimStart().startsWith('mutation') ? 'mutation' : 'query'] += 1;
    switch (fault) {
      case 'proxy':
      case 'refuse': {
        // the gateway's signature and caller headers travel on, as through a real proxy
        const forwarded = Object.fromEntries(
          Object.entries(req.headers).filter((entry): entry is [string, string] => entry[0].startsWith('x-')),
        );
        const answer = await fetch(target(), {
          method: 'POST',
          headers: { ...forwarded, 'content-type': 'application/json' },
          body,
        });
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        res.end(await answer.text());
        return;
      }
      case 'slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.writableEnded) res.end(JSON.stringify({ data: null }));
        }, slowMs);
        timers.add(timer);
        return;
      }
      case 'error500':
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: `Internal failure ${LEAKY_BODY_MARKER}` }] }));
        return;
      case 'badGateway':
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`Bad gateway ${LEAKY_BODY_MARKER}`);
        return;
      case 'html':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<html><body><h1>Maintenance</h1><pre>${LEAKY_BODY_MARKER}</pre></body></html>`);
        return;
      case 'garbage':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"data": {"_entities": [ ${LEAKY_BODY_MARKER}`);
        return;
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(599);
      res.end();
    });
  });
  const listenOn = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const close = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  const port = await listenOn(0);

  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    resetCounts() {
      requests.query = 0;
      requests.mutation = 0;
    },
    async set(next) {
      fault = next;
      if (next === 'refuse') await close();
      else if (!server.listening) await listenOn(port);
    },
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      await close();
    },
  };
}
