import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { composeFederationSupergraph } from '../../../bench/federationBench/composeFederation';
import { federationQuery } from '../../../bench/federationBench/federationQuery';
import { startFederationHost } from '../../../bench/federationBench/startFederationHost';
import type { FederationHost } from '../../../bench/federationBench/startFederationHost';

interface Product {
  upc: string;
  name: string;
  price: number;
  weight: number;
  inStock: boolean;
  shippingEstimate: number | null;
  reviews?: Review[];
}
interface Review {
  id: string;
  body: string;
  product?: Product;
  author?: User;
}
interface User {
  id: string;
  username: string;
  name: string;
  reviews: Review[];
}

/** The lines of the supergraph that say which subgraph resolves what, and how (keys, @requires, @provides). */
function joinLines(sdl: string): string[] {
  return sdl
    .split('\n')
    .map((line) => line.trim())
    .filter(
      (line) =>
        !line.startsWith('directive') &&
        /@join__(?:type|field)\(graph: \w+, (?:key|external|requires|provides)/.test(line),
    );
}

describe('the federation workload: the public gateways benchmark graph', () => {
  let host: FederationHost;

  beforeAll(async () => {
    host = await startFederationHost();
  });

  afterAll(async () => {
    await host.stop();
  });

  it('composes into the keys, @requires, @provides and @external fields of the public supergraph', () => {
    expect(joinLines(composeFederationSupergraph())).toEqual([
      '@join__type(graph: INVENTORY, key: "upc")',
      '@join__type(graph: PRODUCTS, key: "upc")',
      '@join__type(graph: REVIEWS, key: "upc")',
      'price: Int @join__field(graph: INVENTORY, external: true) @join__field(graph: PRODUCTS)',
      'weight: Int @join__field(graph: INVENTORY, external: true) @join__field(graph: PRODUCTS)',
      'shippingEstimate: Int @join__field(graph: INVENTORY, requires: "price weight")',
      '@join__type(graph: REVIEWS, key: "id")',
      'author: User @join__field(graph: REVIEWS, provides: "username")',
      '@join__type(graph: ACCOUNTS, key: "id")',
      '@join__type(graph: REVIEWS, key: "id")',
      'username: String @join__field(graph: ACCOUNTS) @join__field(graph: REVIEWS, external: true)',
    ]);
  });

  it('answers the nested query in full, about as many bytes as the public benchmark, through 16 subgraph requests', async () => {
    const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: withUrls(host) }) });
    await server.start();
    try {
      const before = await fetches(host);
      const response = await server.executeOperation({ query: federationQuery() });
      const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
      expect(result?.errors).toBeUndefined();
      const { users, topProducts } = result?.data as { users: User[]; topProducts: Product[] };

      // every user credited with reviews 1 and 2, on product 1, whose four reviews all name user 1
      expect(users.map(({ id, reviews }) => [id, reviews.map(({ id: review }) => review)])).toEqual(
        ['1', '2', '3', '4', '5', '6'].map((id) => [id, ['1', '2']]),
      );
      const product = users[5]?.reviews[1]?.product;
      expect(product).toMatchObject({ upc: '1', price: 899, weight: 100, inStock: true, shippingEstimate: 50 });
      expect(product?.reviews?.map(({ id, author }) => [id, author?.id, author?.username, author?.name])).toEqual(
        ['1', '2', '3', '4'].map((id) => [id, '1', 'mirac', 'Mira Castellan']),
      );
      expect(product?.reviews?.[3]?.author?.reviews.map(({ product: reviewed }) => reviewed?.upc)).toEqual(['1', '1']);
      // above 1000 shipping is free: shippingEstimate used the price and weight the products subgraph owns
      expect(topProducts.map(({ upc, shippingEstimate, reviews }) => [upc, shippingEstimate, reviews?.length])).toEqual(
        [
          ['1', 50, 4],
          ['2', 0, 4],
          ['3', 10, 1],
          ['4', 50, 2],
          ['5', 0, 0],
        ],
      );
      expect(topProducts[3]?.reviews?.map(({ body }) => body.length)).toEqual([143, 844]);
      // the public benchmark's k6 received about 87,800 bytes per request, headers included
      expect(JSON.stringify(result).length).toBeGreaterThan(86_000);
      expect(JSON.stringify(result).length).toBeLessThan(88_000);

      const after = await fetches(host);
      expect(
        Object.fromEntries(Object.entries(after).map(([name, count]) => [name, count - (before[name] ?? 0)])),
      ).toEqual({
        accounts: 3,
        inventory: 7,
        products: 4,
        reviews: 2,
      });
    } finally {
      await server.stop();
    }
  });

  it('refuses what is not a GraphQL request with a status and a message that say why', async () => {
    const url = host.ready.subgraphUrls['accounts'] as string;
    const post = (body: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const notJson = await post('{');
    expect([notJson.status, await notJson.json()]).toEqual([400, { errors: [{ message: 'the body is not JSON' }] }]);
    const invalid = await post(JSON.stringify({ query: '{ nope }' }));
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain('Cannot query field \\"nope\\" on type \\"Query\\"');
    const get = await fetch(url);
    expect([get.status, await get.json()]).toEqual([
      404,
      { errors: [{ message: 'accounts answers POST /graphql only' }] },
    ]);
  });
});

async function fetches(host: FederationHost): Promise<Record<string, number>> {
  return (await (await fetch(`${host.ready.controlUrl}/fetches`)).json()) as Record<string, number>;
}

function withUrls(host: FederationHost): string {
  return composeFederationSupergraph().replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (_whole, name: string) => `@join__graph(name: "${name}", url: "${host.ready.subgraphUrls[name]}")`,
  );
}
