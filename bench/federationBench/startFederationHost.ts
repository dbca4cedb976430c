import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveSubgraph } from './serveSubgraph';
import type { ServedSubgraph } from './serveSubgraph';
import { FEDERATION_SUBGRAPHS } from './subgraphs';

/** What the host process announces when it is ready. */
export interface FederationHostReady {
  /** Subgraph name → GraphQL endpoint. */
  subgraphUrls: Record<string, string>;
  /** GET <controlUrl>/fetches: the requests each subgraph has served since it started. */
  controlUrl: string;
}

export interface FederationHost {
  ready: FederationHostReady;
  stop(): Promise<void>;
}

/**
 * The four subgraphs on free ports, each counting its requests, and a side door on a port of its own that reports
 * the counts (so that reading them never mixes with the traffic measured).
 */
export async function startFederationHost(): Promise<FederationHost> {
  const fetches: Record<string, number> = {};
  const served: ServedSubgraph[] = [];
  const subgraphUrls: Record<string, string> = {};
  for (const subgraph of FEDERATION_SUBGRAPHS) {
    fetches[subgraph.name] = 0;
    const running = await serveSubgraph(subgraph, () => {
      fetches[subgraph.name] = (fetches[subgraph.name] ?? 0) + 1;
    });
    served.push(running);
    subgraphUrls[subgraph.name] = running.url;
  }
  const control = createServer((req, res) => {
    const found = req.method === 'GET' && req.url === '/fetches';
    res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(found ? fetches : { error: 'GET /fetches' }));
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  const { port } = control.address() as AddressInfo;
  return {
    ready: { subgraphUrls, controlUrl: `http://127.0.0.1:${port}` },
    async stop() {
      await new Promise((resolve) => control.close(resolve));
      await Promise.all(served.map((subgraph) => subgraph.close()));
    },
  };
}
