import { join } from 'node:path';
import { createGateway } from '../../gateway/createGateway';
import type { Gateway } from '../../gateway/createGateway';
import { defaultRequestLimits } from '../../gateway/limits';
import { listen } from '../../platform/http/listen';
import type { Listening } from '../../platform/http/listen';
import { loadSupergraph } from '../../gateway/supergraph';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';
import { authHeader } from '../support/tokens';

interface Answer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

const STORY = /* GraphQL */ `
  query Story($id: ID!) {
    customer(id: $id) {
      name
      orders(first: 3) {
        edges {
          node {
            number
            shipments {
              trackingNumber
            }
          }
        }
      }
      tickets(first: 3) {
        totalCount
      }
    }
  }
`;

/** `customer { orders { edges { node { customer { … name } } } } }`, `levels` fields deep. */
function deepQuery(levels: number): string {
  const rounds = Math.floor((levels - 2) / 4);
  const open = 'orders(first: 1) { edges { node { customer { '.repeat(rounds);
  const close = ' } } } }'.repeat(rounds);
  return `{ customer(id: "cus_1") { ${open}name${close} } }`;
}

/** Fragments that each spread the previous twice: F30 stands for 2³⁰ customer lookups. */
function fragmentBomb(levels: number): string {
  const fragments = ['fragment F0 on Customer { orders(first: 1) { edges { node { number } } } }'];
  for (let level = 1; level <= levels; level++) {
    fragments.push(
      `fragment F${level} on Customer { a${level}: orders(first: 2) { totalCount } ...F${level - 1} ...F${level - 1} }`,
    );
  }
  return `{ customer(id: "cus_1") { ...F${levels} } }\n${fragments.join('\n')}`;
}

// Through the real gateway over HTTP: the default (development) gateway startStack runs, and a second gateway
// configured as production (introspection off, no "Did you mean") in front of the same five subgraphs.
describe('Bad input: a clear 4xx, never a crash, never a leak', () => {
  let stack: Stack;
  let production: { gateway: Gateway; http: Listening; url: string };

  beforeAll(async () => {
    stack = await startStack('pglite');
    const gateway = await createGateway({
      supergraph: loadSupergraph(join(__dirname, '..', '..', 'schema', 'supergraph.graphql')),
      subgraphUrls: stack.subgraphUrls,
      signingSecret: stack.signingSecret,
      limits: defaultRequestLimits('production'),
    });
    const http = await listen(gateway.app, { port: 0, host: '127.0.0.1' });
    production = { gateway, http, url: `${http.origin}/graphql` };
  });

  afterAll(async () => {
    await production?.http.close();
    await production?.gateway.stop();
    await stack?.stop();
  });

  // Everything a client must never see: stack frames, SQL, the subgraphs' addresses.
  function expectNoLeak(text: string): void {
    expect(text).not.toMatch(/\bat .+:\d+:\d+|stacktrace|\.(?:js|ts):\d+/i);
    expect(text).not.toMatch(/\b(?:SELECT|INSERT|UPDATE)\b.+\b(?:FROM|INTO|SET)\b|\b(?:crm|orders|tickets)\.\w+ WHERE/);
    expect(text).not.toMatch(/localhost|http:\/\//);
    for (const url of Object.values(stack.subgraphUrls)) expect(text).not.toContain(new URL(url).host);
  }

  /** POSTs a raw body; checks the answer leaks nothing and that no subgraph ran a single SQL statement. */
  async function send(body: string, headers: Record<string, string> = {}, url = stack.url): Promise<Answer> {
    stack.resetStatements();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeader()), ...headers },
      body,
    });
    const text = await response.text();
    expectNoLeak(text);
    expect(stack.statements()).toBe(0);
    let parsed: Answer['body'] = {};
    try {
      parsed = JSON.parse(text) as Answer['body'];
    } catch {
      // a non-JSON answer fails the code checks below with the text in view
    }
    return { status: response.status, text, body: parsed };
  }

  const graphql = (query: string, variables: Record<string, unknown> = {}, url = stack.url) =>
    send(JSON.stringify({ query, variables }), {}, url);
  const codes = ({ body }: Answer) => body.errors?.map((error) => error.extensions?.code);

  it('answers malformed JSON with 400 BAD_REQUEST', async () => {
    const answer = await send('{"query": "{ __typename }"');
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message:
          'Bad request: the body is not valid JSON. Send a JSON body such as {"query": "{ __typename }"} with content-type application/json.',
        extensions: { code: 'BAD_REQUEST' },
      },
    ]);
  });

  it('answers invalid GraphQL with 400 GRAPHQL_PARSE_FAILED', async () => {
    const answer = await graphql('{ customer(id: "cus_1") { name ');
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('answers an unknown field with 400 GRAPHQL_VALIDATION_FAILED, suggesting the name only outside production', async () => {
    const query = '{ customer(id: "cus_1") { nam } }';
    const development = await graphql(query);
    expect(development.status).toBe(400);
    expect(codes(development)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(development.body.errors?.[0]?.message).toMatch(/Did you mean "name"\?/);

    const hidden = await graphql(query, {}, production.url);
    expect(hidden.status).toBe(400);
    expect(hidden.body.errors).toEqual([
      {
        message: 'Cannot query field "nam" on type "Customer".',
        locations: [{ line: 1, column: 27 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
  });

  it('answers a wrong variable type with 400 BAD_USER_INPUT', async () => {
    const answer = await graphql('query ($id: ID!) { customer(id: $id) { name } }', { id: { not: 'an id' } });
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a query 50 levels deep with 400 QUERY_TOO_DEEP', async () => {
    const answer = await graphql(deepQuery(50));
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['QUERY_TOO_DEEP']);
    expect(answer.body.errors?.[0]?.message).toMatch(
      /^The operation is 50 levels deep; the gateway allows at most 12\./,
    );
  });

  it('refuses 31 aliases with TOO_MANY_ALIASES, and 10,000 aliases already at the token limit', async () => {
    const aliases = (count: number) => Array.from({ length: count }, (_, i) => `n${i}: name`).join(' ');
    const some = await graphql(`{ customer(id: "cus_1") { ${aliases(31)} } }`);
    expect(some.status).toBe(400);
    expect(codes(some)).toEqual(['TOO_MANY_ALIASES']);
    expect(some.body.errors?.[0]?.message).toMatch(/^The operation uses 31 aliases; the gateway allows at most 30\./);

    const many = await graphql(`{ customer(id: "cus_1") { ${aliases(10_000)} } }`);
    expect(many.status).toBe(400);
    expect(many.body.errors).toEqual([
      {
        message:
          'The document has more than 5000 tokens, the most the gateway parses. Send a smaller document: fewer fields and aliases, or split it into several requests.',
        extensions: { code: 'TOO_MANY_TOKENS' },
      },
    ]);
  });

  it('refuses a document over the token limit while parsing it: a syntax error past the limit is never reached', async () => {
    const answer = await graphql(`{ customer(id: "cus_1") { ${'name '.repeat(6_000)} ) ( $`);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['TOO_MANY_TOKENS']);
  });

  it('refuses 51 directives with 400 TOO_MANY_DIRECTIVES, naming the limit and the fix', async () => {
    const answer = await graphql(`query Flags { customer(id: "cus_1") { ${'name @include(if: true) '.repeat(51)}} }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message:
          'Operation "Flags" uses 51 directives; the gateway allows at most 50. Remove repeated or unneeded directives (@include, @skip), or split the operation into several requests.',
        locations: [{ line: 1, column: 1 }],
        extensions: { code: 'TOO_MANY_DIRECTIVES' },
      },
    ]);
  });

  it('refuses 21 root fields with TOO_MANY_ROOT_FIELDS', async () => {
    const fields = Array.from({ length: 21 }, (_, i) => `c${i}: customer(id: "cus_1") { name }`).join(' ');
    const answer = await graphql(`{ ${fields} }`);
    expect(codes(answer)).toEqual(['TOO_MANY_ROOT_FIELDS']);
  });

  it('refuses a 1 MB query with 413 PAYLOAD_TOO_LARGE, and a query just under it with TOO_MANY_TOKENS', async () => {
    const fields = (bytes: number) => 'name '.repeat(Math.ceil(bytes / 5));
    const huge = await graphql(`{ customer(id: "cus_1") { ${fields(1_048_576)} } }`);
    expect(huge.status).toBe(413);
    expect(codes(huge)).toEqual(['PAYLOAD_TOO_LARGE']);
    const large = await graphql(`{ customer(id: "cus_1") { ${fields(1_000_000)} } }`);
    expect(large.status).toBe(400);
    expect(codes(large)).toEqual(['TOO_MANY_TOKENS']);
  });

  it('prices first: $n with the variable sent, refusing QUERY_TOO_COMPLEX before any subgraph call', async () => {
    const query = /* GraphQL */ `
      query Pages($n: Int = 10) {
        customers(first: $n) {
          edges {
            node {
              orders(first: $n) {
                edges {
                  node {
                    lines {
                      id
                      quantity
                    }
                  }
                }
              }
            }
          }
        }
      }
    `;
    // with the default 10: 1 + 10 × (1 + 1 + 1 + 10 × (1 + 1 + 1 + 10 × 2)) = 2331, accepted; with 100: 230301
    const answer = await graphql(query, { n: 100 });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message:
          'Operation "Pages" would cost 230301; the gateway allows at most 200000. Each field costs 1 and a list multiplies the fields inside it by its page size (`first`, else 10). Ask for smaller pages, fewer nested lists, or split the operation.',
        locations: [{ line: 2, column: 7 }],
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      },
    ]);
    // priced once per (document, page sizes): the same document with small pages passes, the large ones still fail
    const small = await stack.query<{ customers: { edges: unknown[] } }>(query, { n: 2 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data?.customers.edges).toHaveLength(2);
    expect((await graphql(query, { n: 100 })).status).toBe(400);
  });

  it('refuses a batch of 100 operations with 400 BATCH_TOO_LARGE', async () => {
    const operation = { query: '{ customer(id: "cus_1") { name } }' };
    const answer = await send(JSON.stringify(Array.from({ length: 100 }, () => operation)));
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message:
          'The request is a batch of 100 operations; this gateway does not accept batches. Send one operation per request as a JSON object, not an array.',
        extensions: { code: 'BATCH_TOO_LARGE' },
      },
    ]);
  });

  it('refuses a fragment cycle with GRAPHQL_VALIDATION_FAILED', async () => {
    const answer = await graphql(`
      {
        customer(id: "cus_1") {
          ...A
        }
      }
      fragment A on Customer {
        orders(first: 1) {
          edges {
            node {
              customer {
                ...A
              }
            }
          }
        }
      }
    `);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map(({ message }) => message)).toEqual(['Cannot spread fragment "A" within itself.']);
    expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('refuses a fragment bomb with QUERY_TOO_COMPLEX, quickly', async () => {
    const started = performance.now();
    const answer = await graphql(fragmentBomb(30));
    const elapsed = performance.now() - started;
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['TOO_MANY_ALIASES', 'QUERY_TOO_COMPLEX']);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('answers introspection in development and refuses it with INTROSPECTION_DISABLED in production', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await graphql(query)).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const refused = await graphql(query, {}, production.url);
    expect(refused.status).toBe(400);
    expect(codes(refused)).toEqual(['INTROSPECTION_DISABLED']);
  });

  it('refuses a CSRF "simple request" (text/plain POST a form could send) with 400', async () => {
    const answer = await send(JSON.stringify({ query: '{ customer(id: "cus_1") { name } }' }), {
      'content-type': 'text/plain',
    });
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses an oversized body (2 MB of variables) with 413 PAYLOAD_TOO_LARGE', async () => {
    const answer = await graphql('query ($id: ID!) { customer(id: $id) { name } }', {
      id: 'cus_1',
      padding: 'x'.repeat(2 * 1_048_576),
    });
    expect(answer.status).toBe(413);
    expect(answer.body.errors).toEqual([
      {
        message:
          'The request body is larger than 1048576 bytes, the most the gateway accepts. Send a smaller request: a shorter query, smaller variables, or several requests.',
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      },
    ]);
  });

  it('leaves pages over 100 to the subgraphs, which refuse them with PAGE_SIZE_TOO_LARGE as a field error', async () => {
    const { status, body } = await stack.query<{ customer: { orders: unknown } | null }>(
      '{ customer(id: "cus_1") { name orders(first: 101) { totalCount } } }',
    );
    expect(status).toBe(200);
    expect(body.errors?.map((error) => error.extensions?.['code'])).toEqual(['PAGE_SIZE_TOO_LARGE']);
    expectNoLeak(JSON.stringify(body));
  });

  it('still answers the whole customer story afterwards, on both gateways', async () => {
    for (const url of [stack.url, production.url]) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await authHeader()) },
        body: JSON.stringify({ query: STORY, variables: { id: 'cus_1' } }),
      });
      const body = (await response.json()) as Answer['body'];
      expect(response.status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data).toMatchObject({ customer: { name: 'Maria Keller' } });
    }
  });
});
