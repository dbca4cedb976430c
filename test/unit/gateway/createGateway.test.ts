import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createGateway } from '../../../gateway/createGateway';
import type { Gateway } from '../../../gateway/createGateway';
import { listen } from '../../../platform/http/listen';
import type { Listening } from '../../../platform/http/listen';
import { loadSupergraph } from '../../../gateway/supergraph';
import { authHeader } from '../../support/tokens';

// A supergraph that is not ours (test/unit/gateway/fixtures), served by two tiny subgraphs on free ports.
const supergraph = loadSupergraph(join(__dirname, 'fixtures', 'products.supergraph.graphql'));

const products = buildSubgraphSchema({
  typeDefs: parse(`#graphql
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query { product(upc: ID!): Product }
    type Product @key(fields: "upc") { upc: ID! name: String! }
  `),
  resolvers: { Query: { product: (_: unknown, { upc }: { upc: string }) => ({ upc, name: `Chair ${upc}` }) } },
});

const reviews = buildSubgraphSchema({
  typeDefs: parse(`#graphql
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Product @key(fields: "upc") { upc: ID! reviews: [String!]! }
  `),
  resolvers: { Product: { __resolveReference: ({ upc }: { upc: string }) => ({ upc, reviews: [`Sturdy (${upc})`] }) } },
});

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

async function serve(schema: typeof products): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

async function post(origin: string, query: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authHeader()) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('Gateway: serves any Federation 2 supergraph over HTTP', () => {
  const stops: (() => Promise<void>)[] = [];
  let gateway: Gateway;
  let http: Listening;
  let downHttp: Listening;
  const hidden: unknown[] = [];

  beforeAll(async () => {
    const productsServer = await serve(products);
    const reviewsServer = await serve(reviews);
    stops.push(productsServer.stop, reviewsServer.stop);
    gateway = await createGateway({
      supergraph,
      subgraphUrls: { products: productsServer.url, 'product-reviews': reviewsServer.url },
      operations: [
        {
          name: 'chair',
          description: 'A chair </script><script>alert(1)</script>',
          query: '{ product(upc: "1") { name } }',
          variables: undefined,
        },
      ],
      title: 'Shop',
      logger: quiet,
      onInternalError: (error) => hidden.push(error),
    });
    http = await listen(gateway.app, { port: 0, host: '127.0.0.1' });
    stops.push(gateway.stop, http.close);

    // The same graph with the reviews subgraph pointed at a port nothing listens on.
    const closed = await listen(() => undefined, { port: 0, host: '127.0.0.1' });
    await closed.close();
    const down = await createGateway({
      supergraph,
      resilience: { baseDelayMs: 1, maxDelayMs: 1 },
      subgraphUrls: { products: productsServer.url, 'product-reviews': `http://127.0.0.1:${closed.port}/graphql` },
      logger: quiet,
      onInternalError: (error) => hidden.push(error),
    });
    downHttp = await listen(down.app, { port: 0, host: '127.0.0.1' });
    stops.push(down.stop, downHttp.close);
  });

  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  it('plans across subgraphs from the supergraph SDL, using the URL overrides', async () => {
    const { status, body } = await post(http.origin, '{ product(upc: "7") { name reviews } }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { product: { name: 'Chair 7', reviews: ['Sturdy (7)'] } } });
  });

  it('answers introspection, which the playground needs for its docs', async () => {
    const { body } = await post(http.origin, '{ __schema { queryType { name } } }');
    expect(body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('redirects / to /graphql and reports health', async () => {
    const root = await fetch(`${http.origin}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/graphql');
    const health = await fetch(`${http.origin}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('reports readiness and each subgraph’s breaker state on GET /ready, without URLs', async () => {
    const ready = await fetch(`${http.origin}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      // which schema answers: the first 16 hex digits of the supergraph's sha256, and when it was loaded
      supergraph: { hash: expect.stringMatching(/^[0-9a-f]{16}$/), loadedAt: expect.any(String) },
      subgraphs: { 'product-reviews': { state: 'closed' }, products: { state: 'closed' } },
    });
    await post(downHttp.origin, '{ product(upc: "4") { name reviews } }');
    const down = await fetch(`${downHttp.origin}/ready`);
    expect(down.status).toBe(200);
    const text = await down.text();
    expect(text).not.toMatch(/127\.0\.0\.1|http:/);
    expect(JSON.parse(text)).toMatchObject({
      status: 'ready',
      subgraphs: { 'product-reviews': { lastError: 'SUBGRAPH_UNAVAILABLE' }, products: { state: 'closed' } },
    });
  });

  it('shows browsers the self-hosted playground on GET /graphql, with saved operations embedded safely', async () => {
    const response = await fetch(`${http.origin}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<script src="/playground/assets/graphiql.js"></script>');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    // the description appears escaped in the banner and in the JSON, never as a raw closing tag: the only ones
    // close the config, the five assets and the boot script
    expect(html.match(/<\/script>/g)).toHaveLength(7);
    expect(html).toContain('\\u003c/script\\u003e');
  });

  it('serves the playground assets from node_modules', async () => {
    for (const [asset, type] of [
      ['react.js', 'text/javascript'],
      ['react-dom.js', 'text/javascript'],
      ['graphiql.js', 'text/javascript'],
      ['graphiql.css', 'text/css'],
      ['graphql-sse.js', 'text/javascript'],
      ['graphql-ws.js', 'text/javascript'],
    ]) {
      const response = await fetch(`${http.origin}/playground/assets/${asset}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
      await response.arrayBuffer();
    }
    expect((await fetch(`${http.origin}/playground/assets/secrets.json`)).status).toBe(404);
  });

  it('leaves GET /graphql to GraphQL clients that ask for JSON', async () => {
    const response = await fetch(
      `${http.origin}/graphql?query=${encodeURIComponent('{ product(upc: "2") { name } }')}`,
      {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...(await authHeader()) },
      },
    );
    expect(await response.json()).toEqual({ data: { product: { name: 'Chair 2' } } });
  });

  it('answers a malformed body with a JSON error and no stack trace', async () => {
    const response = await fetch(`${http.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeader()) },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.js:\d+/);
    expect(JSON.parse(text)).toMatchObject({ errors: [{ message: expect.stringContaining('Send a JSON body') }] });
  });

  it('hides the internal URL and socket error when a subgraph is down, naming the subgraph instead', async () => {
    const { body } = await post(downHttp.origin, '{ product(upc: "3") { name reviews } }');
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/127\.0\.0\.1|http:|ECONNREFUSED|stacktrace/);
    // reviews is `[String!]!` in this graph, so its null spreads to the product: nullability in the schema decides
    // how much of an answer a failed subgraph takes with it (ours makes every contributed field nullable)
    expect(body['data']).toEqual({ product: null });
    expect(body['errors']).toEqual([
      {
        message:
          'The product-reviews system is unavailable, so its part of the answer is missing. Try again in a moment; if it keeps failing, check that the product-reviews subgraph is running and reachable from the gateway.',
        path: ['product', 'reviews'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'product-reviews', serviceName: 'product-reviews' },
      },
    ]);
    expect(hidden.length).toBeGreaterThan(0);
  });

  it('refuses URL overrides for subgraphs the supergraph does not have', async () => {
    await expect(
      createGateway({ supergraph, subgraphUrls: { crm: 'http://127.0.0.1:1/graphql' }, logger: quiet }),
    ).rejects.toThrow(
      /URL overrides for crm, which .*products.supergraph.graphql does not have\. Known subgraphs: product-reviews, products\./,
    );
  });

  it('says which variable to change when the port is taken', async () => {
    await expect(listen(gateway.app, { port: http.port, host: '127.0.0.1' })).rejects.toThrow(
      `Port ${http.port} is in use: set PORT to a free port`,
    );
  });
});
