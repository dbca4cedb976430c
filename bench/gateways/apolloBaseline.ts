// The baseline of `npm run bench`: plain @apollo/gateway + @apollo/server with their default settings, in front
// of the benchmark's subgraphs. Only the subgraph URLs (BENCH_SUBGRAPH_URLS, JSON name → URL), the supergraph
// (SUPERGRAPH_PATH, ours by default) and the caller headers (see callerHeadersDataSource.ts) differ from the
// getting-started example. No token check, no limits,
// no signing, no retries. Prints the same ready line as gateway/index.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { CallerHeadersDataSource } from './callerHeadersDataSource';

async function main(): Promise<void> {
  const urls = JSON.parse(process.env['BENCH_SUBGRAPH_URLS'] ?? '{}') as Record<string, string>;
  const supergraphSdl = readFileSync(
    process.env['SUPERGRAPH_PATH'] || join(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
    'utf8',
  );
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new CallerHeadersDataSource({ url: urls[name] ?? url }),
  });
  const server = new ApolloServer({ gateway });
  // standalone serves every path; the bench calls /graphql like the other gateways
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env['PORT'] ?? 0), host: '127.0.0.1' },
  });
  console.log(`Gateway ready: ${new URL('/graphql', url).toString()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
