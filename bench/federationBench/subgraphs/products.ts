import { PRODUCTS } from '../benchData';
import type { BenchProduct } from '../benchData';
import { federationSdl } from '../benchSubgraph';
import type { BenchSubgraph } from '../benchSubgraph';

const byUpc = new Map(PRODUCTS.map((product) => [product.upc, product]));

/** The catalogue: names, prices and weights, and the workload's second root (`topProducts`). */
export const products: BenchSubgraph = {
  name: 'products',
  typeDefs: federationSdl(`#graphql
    type Query {
      "The first products of the catalogue."
      topProducts(first: Int = 5): [Product]
    }

    "A product of the catalogue."
    type Product @key(fields: "upc") {
      "Its key, the universal product code."
      upc: String!
      "What it is called."
      name: String
      "Price in cents."
      price: Int
      "Weight in grams."
      weight: Int
    }
  `),
  resolvers: {
    Query: {
      topProducts: (_root: unknown, { first }: { first: number }) => PRODUCTS.slice(0, Math.max(0, first)),
    },
    Product: {
      __resolveReference: ({ upc }: Pick<BenchProduct, 'upc'>) => byUpc.get(upc) ?? null,
    },
  },
};
