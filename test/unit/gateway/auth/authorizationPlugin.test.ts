import { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { authorizationPlugin } from '../../../../gateway/auth';
import type { ScopeRequirements } from '../../../../gateway/auth';
import type { GatewayContext } from '../../../../gateway/context';
import type { Caller, Scope } from '../../../../platform/caller';

// A real Apollo Server with the plugin, over a small schema: what the gateway's plugin decides, including the
// cases the real gateway cannot reach (no caller behind a token check that always sets one).
const typeDefs = /* GraphQL */ `
  type Query {
    ticket(id: ID!): Ticket
  }
  type Mutation {
    openTicket(subject: String!): Ticket!
    closeTicket(id: ID!): Boolean!
  }
  type Subscription {
    ticketOpened: Ticket!
  }
  enum Status {
    NEW
    OPEN
  }
  type Ticket {
    id: ID!
    number: String!
    status: Status!
    tags: [String!]!
    customer: Customer!
    history: [Event!]!
    ${Array.from({ length: 12 }, (_, i) => `link${i}: Event!`).join('\n    ')}
  }
  type Customer {
    name: String!
    email: String!
  }
  type Event {
    kind: String!
  }
`;

const ticket = {
  id: 'tkt_1',
  number: 'T-1',
  status: 'NEW',
  tags: [],
  customer: { name: 'Maria', email: 'maria@example.com' },
  history: [],
};
const resolvers = {
  Query: { ticket: () => ticket },
  Mutation: { openTicket: () => ticket, closeTicket: () => true },
};
const requirements: ScopeRequirements = new Map([
  ['Mutation.openTicket', [['tickets:write']]],
  ['Mutation.closeTicket', [['tickets:write']]],
]);

const service = (scopes: Scope[]): Caller => ({ userId: 'svc_test', role: 'service', scopes });
const WRITER = service(['tickets:write']);

async function serverWith(mode: 'jwt' | 'off') {
  const server = new ApolloServer<GatewayContext>({
    typeDefs,
    resolvers,
    plugins: [authorizationPlugin(requirements, { mode })],
  });
  await server.start();
  return server;
}

describe('Authorization plugin: what a mutation may read without graph:read', () => {
  let server: ApolloServer<GatewayContext>;
  beforeAll(async () => {
    server = await serverWith('jwt');
  });
  afterAll(() => server?.stop());

  async function run(query: string, caller: Caller | undefined = WRITER, operationName?: string) {
    const response = await server.executeOperation(
      { query, ...(operationName ? { operationName } : {}) },
      { contextValue: { caller, requestId: 'test' } },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult as {
      data?: Record<string, unknown> | null;
      errors?: GraphQLFormattedError[];
    };
    return { status: response.http.status ?? 200, data, errors };
  }

  it.each([
    ['scalar and enum fields', 'mutation { openTicket(subject: "a") { id number status tags __typename } }'],
    ['a scalar root field', 'mutation { closeTicket(id: "tkt_1") }'],
    [
      'leaves through fragments',
      'mutation { openTicket(subject: "a") { ...Leaves ... on Ticket { status } } } fragment Leaves on Ticket { id }',
    ],
  ])('lets tickets:write alone select %s of its answer', async (_case, query) => {
    const { status, errors } = await run(query);
    expect({ status, errors }).toEqual({ status: 200, errors: undefined });
  });

  it('refuses tickets:write alone a customer read through the answer (403, naming the field and the scope)', async () => {
    const { status, data, errors } = await run('mutation { openTicket(subject: "a") { id customer { name email } } }');
    expect(status).toBe(403);
    expect(data).toBeUndefined();
    expect(errors).toEqual([
      {
        message: expect.stringMatching(
          /may not use Mutation\.openTicket\.customer \(needs graph:read: .*scalar fields/,
        ),
        extensions: { code: 'FORBIDDEN', role: 'service' },
      },
    ]);
  });

  it('finds reads hidden in fragments and inline fragments, and names each once', async () => {
    const { status, errors } = await run(/* GraphQL */ `
      mutation {
        a: openTicket(subject: "a") {
          ...Read
        }
        b: openTicket(subject: "b") {
          ... on Ticket {
            customer {
              name
            }
            history {
              kind
            }
          }
        }
      }
      fragment Read on Ticket {
        customer {
          email
        }
      }
    `);
    expect(status).toBe(403);
    expect(errors?.[0]?.message).toMatch(/use Mutation\.openTicket\.customer, Mutation\.openTicket\.history \(/);
  });

  it('lets a token with graph:read read through the answer', async () => {
    const { status, data } = await run(
      'mutation { openTicket(subject: "a") { customer { name } } }',
      service(['tickets:write', 'graph:read']),
    );
    expect(status).toBe(200);
    expect(data).toEqual({ openTicket: { customer: { name: 'Maria' } } });
  });

  it('checks subscriptions the same way', async () => {
    const { status, errors } = await run('subscription { ticketOpened { customer { email } } }');
    expect(status).toBe(403);
    expect(errors?.[0]?.message).toMatch(/Subscription\.ticketOpened\.customer \(needs graph:read/);
  });

  it('names at most ten fields, counting the rest, and the same field under many aliases once', async () => {
    const links = Array.from({ length: 12 }, (_, i) => `link${i} { kind }`).join(' ');
    const aliases = Array.from({ length: 5 }, (_, i) => `c${i}: customer { name }`).join(' ');
    const { errors } = await run(`mutation { openTicket(subject: "a") { ${aliases} ${links} } }`);
    const message = errors?.[0]?.message ?? '';
    expect(message).toMatch(
      /use Mutation\.openTicket\.customer, Mutation\.openTicket\.link0, .* and 3 more \(needs graph:read/,
    );
    expect(message.match(/openTicket\.customer/g)).toHaveLength(1);
    expect(message).not.toContain('link9');
  });

  it('judges the operation the request picks, the same way every time (the walk is memoised per document)', async () => {
    const query =
      'mutation Open { openTicket(subject: "a") { customer { name } } } mutation Close { closeTicket(id: "1") }';
    for (let i = 0; i < 3; i += 1) {
      expect((await run(query, WRITER, 'Open')).status).toBe(403);
      expect((await run(query, WRITER, 'Close')).status).toBe(200);
    }
  });
});

describe('Authorization plugin: fails closed', () => {
  let jwt: ApolloServer<GatewayContext>;
  let off: ApolloServer<GatewayContext>;
  beforeAll(async () => {
    [jwt, off] = await Promise.all([serverWith('jwt'), serverWith('off')]);
  });
  afterAll(async () => {
    await jwt?.stop();
    await off?.stop();
  });

  async function run(
    server: ApolloServer<GatewayContext>,
    query: string,
    caller: Caller | undefined,
    operationName?: string,
  ) {
    const response = await server.executeOperation(
      { query, ...(operationName ? { operationName } : {}) },
      { contextValue: { caller, requestId: 'test' } },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status ?? 200, ...response.body.singleResult };
  }

  it('refuses a request without a verified caller with 401 when auth is on', async () => {
    for (const query of ['{ ticket(id: "1") { id } }', 'mutation { closeTicket(id: "1") }']) {
      const { status, data, errors } = await run(jwt, query, undefined);
      expect(status).toBe(401);
      expect(data).toBeUndefined();
      expect(errors).toEqual([
        {
          message: expect.stringMatching(/without a verified caller.*Authorization: Bearer/),
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ]);
    }
  });

  it('serves a request without a caller only when told that auth is off', async () => {
    const { status, data } = await run(off, 'mutation { openTicket(subject: "a") { customer { name } } }', undefined);
    expect(status).toBe(200);
    expect(data).toEqual({ openTicket: { customer: { name: 'Maria' } } });
  });

  it.each([
    [
      'an operationName the document does not define',
      'query A { ticket(id: "1") { id } }',
      'B',
      /no operation named "B"/,
    ],
    [
      'no operationName for a document with two operations',
      'query A { ticket(id: "1") { id } } mutation M { closeTicket(id: "1") }',
      undefined,
      /defines 2 operations and the request names none/,
    ],
  ])('refuses %s (400), whoever calls, rather than skip its checks', async (_case, query, operationName, message) => {
    for (const [server, caller] of [
      [jwt, WRITER],
      [off, undefined],
    ] as const) {
      const { status, data, errors } = await run(server, query, caller, operationName);
      expect(status).toBe(400);
      expect(data).toBeUndefined();
      expect(errors).toEqual([
        { message: expect.stringMatching(message), extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } },
      ]);
    }
  });

  it('quotes at most 64 characters of an unknown operationName', async () => {
    const { errors } = await run(jwt, 'query A { ticket(id: "1") { id } }', WRITER, 'x'.repeat(10_000));
    expect(errors?.[0]?.message).toContain(`"${'x'.repeat(64)}…"`);
    expect(errors?.[0]?.message.length).toBeLessThan(300);
  });
});
