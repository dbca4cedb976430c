import { IN_STOCK } from '../benchData';
import type { BenchProduct } from '../benchData';
import { federationSdl } from '../benchSubgraph';
import type { BenchSubgraph } from '../benchSubgraph';

/** A product as the gateway refers to it here: its key, and the price and weight shippingEstimate requires. */
type ProductReference = Pick<BenchProduct, 'upc'> & Partial<Pick<BenchProduct, 'price' | 'weight'>>;

/** Above this price shipping is free. */
const FREE_SHIPPING_FROM = 1000;

/**
 * Stock and shipping: shippingEstimate @requires the price and weight the products subgraph owns, so the gateway
 * fetches those first and passes them in the entity representation.
 */
export const inventory: BenchSubgraph = {
  name: 'inventory',
  typeDefs: federationSdl(`#graphql
    "A product, as far as stock and shipping go."
    type Product @key(fields: "upc") {
      "Its key, the universal product code."
      upc: String!
      "Price in cents (the products subgraph's)."
      price: Int @external
      "Weight in grams (the products subgraph's)."
      weight: Int @external
      "Whether it can be shipped today."
      inStock: Boolean
      "Shipping cost in cents: free above 1000, else half the weight."
      shippingEstimate: Int @requires(fields: "price weight")
    }
  `),
  resolvers: {
    Product: {
      __resolveReference: (reference: ProductReference) => ({ ...reference, inStock: IN_STOCK.get(reference.upc) }),
      shippingEstimate: ({ price, weight }: ProductReference) => {
        if (price === undefined || price === null) return null;
        if (price > FREE_SHIPPING_FROM) return 0;
        return weight === undefined || weight === null ? null : Math.floor(weight / 2);
      },
    },
  },
};
