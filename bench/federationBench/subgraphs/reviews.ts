import { AUTHOR_OF_ANY_REVIEW, REVIEWS, REVIEWS_OF_ANY_USER } from '../benchData';
import type { BenchReview } from '../benchData';
import { federationSdl } from '../benchSubgraph';
import type { BenchSubgraph } from '../benchSubgraph';

const byId = new Map(REVIEWS.map((review) => [review.id, review]));

/**
 * Reviews, and the links that make the query deep: a user's reviews, a product's reviews, a review's product and
 * author. The author comes with its username (@provides), so the gateway asks accounts only for the name.
 */
export const reviews: BenchSubgraph = {
  name: 'reviews',
  typeDefs: federationSdl(`#graphql
    "What a user wrote about a product."
    type Review @key(fields: "id") {
      "Its key."
      id: ID!
      "The text."
      body: String
      "The product reviewed."
      product: Product
      "Who wrote it, with the username this subgraph keeps a copy of."
      author: User @provides(fields: "username")
    }

    "A user, as far as reviews go."
    type User @key(fields: "id") {
      "Its key."
      id: ID!
      "Handle shown next to reviews (the accounts subgraph's)."
      username: String @external
      "What the user wrote."
      reviews: [Review]
    }

    "A product, as far as reviews go."
    type Product @key(fields: "upc") {
      "Its key, the universal product code."
      upc: String!
      "What users wrote about it."
      reviews: [Review]
    }
  `),
  resolvers: {
    Review: {
      __resolveReference: ({ id }: Pick<BenchReview, 'id'>) => byId.get(id) ?? null,
      product: ({ productUpc }: BenchReview) => ({ upc: productUpc }),
      author: () => ({ id: AUTHOR_OF_ANY_REVIEW.id, username: AUTHOR_OF_ANY_REVIEW.username }),
    },
    User: {
      __resolveReference: ({ id }: { id: string }) => ({ id }),
      reviews: () => REVIEWS_OF_ANY_USER,
    },
    Product: {
      __resolveReference: ({ upc }: { upc: string }) => ({ upc }),
      reviews: ({ upc }: { upc: string }) => REVIEWS.filter((review) => review.productUpc === upc),
    },
  },
};
