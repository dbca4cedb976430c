// The peer in `npm run bench`: @graphql-hive/gateway with its defaults, in front of the benchmark's subgraphs.
// A package of the bench's own (bench/package.json, installed by the first `npm run bench`); only started when it is
// installed, see gatewayTargets.ts. Like the Apollo baseline it gets the subgraph URLs from BENCH_SUBGRAPH_URLS and
// the supergraph from SUPERGRAPH_PATH (ours by default), and sends the bench caller's headers. Its `graphql` is bench/node_modules' copy, the one the package itself uses.
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

/** The part of the package's API this file uses; its types are not needed, nor loaded before the package is. */
interface HiveGatewayModule {
  createGatewayRuntime(config: {
    supergraph: DocumentNode;
    logging?: boolean;
    propagateHeaders?: { fromClientToSubgraphs?: () => Record<string, string> };
  }): RequestListener & { graphqlEndpoint?: string };
}

// a variable, so TypeScript does not insist on the package's types when bench/node_modules is not installed
const HIVE_PACKAGE = '@graphql-hive/gateway';

async function main(): Promise<void> {
  const urls = JSON.parse(process.env['BENCH_SUBGRAPH_URLS'] ?? '{}') as Record<string, string>;
  const sdl = readFileSync(
    process.env['SUPERGRAPH_PATH'] || join(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
    'utf8',
  );
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
