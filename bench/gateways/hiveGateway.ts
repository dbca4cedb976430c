// The peer in `npm run bench`: @graphql-hive/gateway with its defaults, in front of the benchmark's subgraphs.
// Only started when the package is installed (`npm i -D @graphql-hive/gateway`); see gatewayTargets.ts. Like the
// Apollo baseline it gets the subgraph URLs from BENCH_SUBGRAPH_URLS and sends the bench caller's headers.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'graphql';
import type { DocumentNode } from 'graphql';
import { callerHeaders } from '../../platform/caller';
import { BENCH_CALLER } from './callerHeadersDataSource';
import { withSubgraphUrls } from './withSubgraphUrls';

/** The part of the package's API this file uses; the package is optional, so its types may be missing. */
interface HiveGatewayModule {
  createGatewayRuntime(config: {
    supergraph: DocumentNode;
    logging?: boolean;
    propagateHeaders?: { fromClientToSubgraphs?: () => Record<string, string> };
  }): RequestListener & { graphqlEndpoint?: string };
}

// a variable, so TypeScript does not insist on the package's types when it is not installed
const HIVE_PACKAGE = '@graphql-hive/gateway';

async function main(): Promise<void> {
  const urls = JSON.parse(process.env['BENCH_SUBGRAPH_URLS'] ?? '{}') as Record<string, string>;
  const sdl = readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
  const hive = (await import(HIVE_PACKAGE)) as HiveGatewayModule;
  const runtime = hive.createGatewayRuntime({
    supergraph: parse(withSubgraphUrls(sdl, urls)),
    logging: false,
    propagateHeaders: { fromClientToSubgraphs: () => callerHeaders(BENCH_CALLER) },
  });
  const server = createServer(runtime);
  await new Promise<void>((resolve) => server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  console.log(`Gateway ready: http://127.0.0.1:${port}${runtime.graphqlEndpoint ?? '/graphql'}`);
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
