import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createLogger } from '../../../../gateway/observability';
import { createReloadingGateway } from '../../../../gateway/reload';
import type { ReloadEvent, ReloadingGateway } from '../../../../gateway/reload';
import { supergraphHash, parseSupergraph } from '../../../../gateway/supergraph';
import { listen } from '../../../../platform/http/listen';
import type { Listening } from '../../../../platform/http/listen';
import { authHeader } from '../../../support/tokens';

// A shop of two subgraphs that is not ours; the products subgraph serves `price`, which only the second
// supergraph composes, and holds product "slow" until the test lets it go.
const PRODUCTS = `#graphql
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { product(upc: ID!): Product }
  type Product @key(fields: "upc") { upc: ID! name: String! price: Int! }
`;
const REVIEWS = `#graphql
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Product @key(fields: "upc") { upc: ID! reviews: [String!]! }
`;

let releaseSlow: () => void = () => undefined;
const slowStarted: (() => void)[] = [];

const products = buildSubgraphSchema({
  typeDefs: parse(PRODUCTS),
  resolvers: {
    Query: {
      product: async (_: unknown, { upc }: { upc: string }) => {
        if (upc === 'slow') {
          for (const started of slowStarted.splice(0)) started();
          await new Promise<void>((resolve) => (releaseSlow = resolve));
        }
        return { upc, name: `Chair ${upc}`, price: 7 };
      },
    },
  },
});
const reviews = buildSubgraphSchema({
  typeDefs: parse(REVIEWS),
  resolvers: { Product: { __resolveReference: ({ upc }: { upc: string }) => ({ upc, reviews: [`Sturdy (${upc})`] }) } },
});

/** The shop's supergraph; without `price` unless asked for. */
function compose(urls: Record<'products' | 'reviews', string>, { price }: { price: boolean }): string {
  const result = composeServices([
    { name: 'products', url: urls.products, typeDefs: parse(price ? PRODUCTS : PRODUCTS.replace(' price: Int!', '')) },
    { name: 'reviews', url: urls.reviews, typeDefs: parse(REVIEWS) },
  ]);
  if (result.errors) throw new Error(result.errors.map(String).join('\n'));
  return result.supergraphSdl;
}

async function serve(schema: typeof products): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe('Reloading gateway: a new supergraph without a restart', () => {
  const stops: (() => Promise<void>)[] = [];
  const events: ReloadEvent[] = [];
  const logLines: Record<string, unknown>[] = [];
  let gateway: ReloadingGateway;
  let http: Listening;
  let without: string;
  let withPrice: string;

  const post = async (query: string) => {
    const response = await fetch(`${http.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeader()) },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const ready = async () =>
    (await (await fetch(`${http.origin}/ready`)).json()) as { status: string; supergraph: { hash: string } };
  const metrics = async () =>
    (
      await fetch(`${http.origin}/metrics`, {
        headers: await authHeader({ role: 'service', scopes: ['metrics:read'] }),
      })
    ).text();

  beforeAll(async () => {
    const productsServer = await serve(products);
    const reviewsServer = await serve(reviews);
    stops.push(productsServer.stop, reviewsServer.stop);
    const urls = { products: productsServer.url, reviews: reviewsServer.url };
    without = compose(urls, { price: false });
    withPrice = compose(urls, { price: true });
    const log = createLogger({
      level: 'info',
      destination: { write: (line: string) => logLines.push(JSON.parse(line) as Record<string, unknown>) },
    });
    gateway = await createReloadingGateway({
      supergraph: parseSupergraph(without, 'shop.graphql'),
      gateway: { logger: quiet },
      log,
      drainMs: 5_000,
      onReload: (event) => events.push(event),
    });
    http = await listen(gateway.handler, { port: 0, host: '127.0.0.1' });
    stops.push(gateway.stop, http.close);
  });

  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  it('serves a field the new supergraph adds once it applied, and /ready names the new hash', async () => {
    expect((await post('{ product(upc: "1") { price } }')).status).toBe(400);
    expect((await ready()).supergraph.hash).toBe(supergraphHash(without));

    const result = await gateway.reload(withPrice);
    expect(result).toMatchObject({ result: 'applied', hash: supergraphHash(withPrice) });

    expect(await post('{ product(upc: "1") { name price reviews } }')).toEqual({
      status: 200,
      body: { data: { product: { name: 'Chair 1', price: 7, reviews: ['Sturdy (1)'] } } },
    });
    expect(await ready()).toMatchObject({ status: 'ready', supergraph: { hash: supergraphHash(withPrice) } });
    expect(await metrics()).toMatch(/c360_supergraph_reloads_total\{result="applied"\} 1/);
    expect(await metrics()).toContain(`c360_supergraph_info{hash="${supergraphHash(withPrice)}"} 1`);
  });

  it('does nothing for the same text again', async () => {
    expect(await gateway.reload(withPrice)).toMatchObject({ result: 'unchanged' });
    expect(await metrics()).toMatch(/c360_supergraph_reloads_total\{result="applied"\} 1/);
  });

  it('refuses a broken supergraph with a log line and a metric, and keeps serving the one it had', async () => {
    const before = (await ready()).supergraph.hash;
    const result = await gateway.reload('type Query { broken: ', 'file', 'shop.graphql');
    expect(result).toMatchObject({ result: 'refused', reason: expect.stringMatching(/not a valid Federation 2/) });
    expect((await ready()).supergraph.hash).toBe(before);
    expect((await post('{ product(upc: "2") { price } }')).body).toEqual({ data: { product: { price: 7 } } });
    expect(await metrics()).toMatch(/c360_supergraph_reloads_total\{result="refused"\} 1/);
    expect(logLines).toContainEqual(
      expect.objectContaining({
        level: 40,
        result: 'refused',
        source: 'file',
        msg: expect.stringMatching(/shop\.graphql refused; the one serving .* stays/),
      }),
    );
  });

  it('keeps counting in the same registry across generations', async () => {
    const count = async () =>
      Number(/c360_gateway_requests_total\{operation="anonymous",status="200"\} (\d+)/.exec(await metrics())?.[1]);
    const before = await count();
    await gateway.reload(without);
    await post('{ product(upc: "3") { name } }');
    expect(await count()).toBe(before + 1);
    await gateway.reload(withPrice);
  });

  it('lets a request in flight finish on the generation it started on, then stops that one', async () => {
    const started = new Promise<void>((resolve) => slowStarted.push(resolve));
    const slow = post('{ product(upc: "slow") { name price } }');
    await started;
    const retired = events.length;
    expect(await gateway.reload(without)).toMatchObject({ result: 'applied' });
    // new requests see the new schema at once, while the slow one is still being answered by the old
    expect((await post('{ product(upc: "4") { price } }')).status).toBe(400);
    expect(events.slice(retired).filter(({ result }) => result === 'retired')).toEqual([]);
    releaseSlow();
    expect(await slow).toEqual({ status: 200, body: { data: { product: { name: 'Chair slow', price: 7 } } } });
    await waitFor(() => events.slice(retired).some(({ result }) => result === 'retired'));
    expect(events.slice(retired).find(({ result }) => result === 'retired')).toMatchObject({
      drained: true,
      cut: 0,
    });
  });
});

describe('Reloading gateway: what it refuses', () => {
  const urls = { products: 'http://127.0.0.1:9/graphql', reviews: 'http://127.0.0.1:9/graphql' };
  let gateway: ReloadingGateway;

  beforeAll(async () => {
    gateway = await createReloadingGateway({
      supergraph: parseSupergraph(compose(urls, { price: true }), 'shop.graphql'),
      // every subgraph routed, as `npm start` routes its own: a supergraph naming another one cannot be served
      gateway: { logger: quiet, subgraphUrls: urls },
      requireUrlOverrides: true,
    });
  });

  afterAll(() => gateway.stop());

  it('refuses a supergraph naming a subgraph it has no URL for', async () => {
    const result = composeServices([
      { name: 'products', url: urls.products, typeDefs: parse(PRODUCTS) },
      { name: 'reviews', url: urls.reviews, typeDefs: parse(REVIEWS) },
      { name: 'ratings', url: 'http://ratings/graphql', typeDefs: parse('type Query { rating: Int }') },
    ]);
    expect(await gateway.reload(result.supergraphSdl!)).toMatchObject({
      result: 'refused',
      reason: 'it names ratings, which this gateway has no URL for (only products, reviews)',
    });
  });

  it('refuses a supergraph its gateway cannot be built for: a URL override of a subgraph it no longer has', async () => {
    const result = composeServices([{ name: 'products', url: urls.products, typeDefs: parse(PRODUCTS) }]);
    expect(await gateway.reload(result.supergraphSdl!)).toMatchObject({
      result: 'refused',
      reason: expect.stringMatching(/^URL overrides for reviews, which shop\.graphql does not have/),
    });
    expect(gateway.readiness().supergraph.hash).toBe(supergraphHash(compose(urls, { price: true })));
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
