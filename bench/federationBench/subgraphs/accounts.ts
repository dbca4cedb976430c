import { USERS } from '../benchData';
import type { BenchUser } from '../benchData';
import { federationSdl } from '../benchSubgraph';
import type { BenchSubgraph } from '../benchSubgraph';

const byId = new Map(USERS.map((user) => [user.id, user]));

/** Who the users are: the root of the workload's query (`users`). */
export const accounts: BenchSubgraph = {
  name: 'accounts',
  typeDefs: federationSdl(`#graphql
    type Query {
      "The first user, standing for the caller."
      me: User
      "One user by id."
      user(id: ID!): User
      "Every user (six)."
      users: [User]
    }

    "A user of the shop."
    type User @key(fields: "id") {
      "Its key."
      id: ID!
      "Full name."
      name: String
      "Handle shown next to reviews."
      username: String @shareable # reviews keeps a copy, which its Review.author @provides
      "Birth date, seconds since 1970."
      birthday: Int
    }
  `),
  resolvers: {
    Query: {
      me: () => USERS[0],
      user: (_root: unknown, { id }: { id: string }) => byId.get(id) ?? null,
      users: () => USERS,
    },
    User: {
      __resolveReference: ({ id }: Pick<BenchUser, 'id'>) => byId.get(id) ?? null,
    },
  },
};
