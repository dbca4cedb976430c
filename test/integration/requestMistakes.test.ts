import { createHash } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';
import { authHeader } from '../support/tokens';

interface Answer {
  status: number;
  body: { data?: unknown; errors?: GraphQLFormattedError[] };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

// Client mistakes Apollo Server or Apollo Gateway used to answer as our fault (HTTP 500 INVALID_GRAPHQL) or with
// INTERNAL_SERVER_ERROR: each is a 400 with its own code and a message that says what to send instead.
describe('Request mistakes: 400 with a code that names the fix', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('pglite');
  });
  afterAll(() => stack?.stop());

  async function post(body: Record<string, unknown>): Promise<Answer> {
    stack.resetStatements();
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeader()) },
      body: JSON.stringify(body),
    });
    const answer = { status: response.status, body: (await response.json()) as Answer['body'] };
    // refused before planning: no subgraph ran anything
    expect(stack.statements()).toBe(0);
    return answer;
  }

  it('refuses an operationName the document does not define with 400 OPERATION_RESOLUTION_FAILURE', async () => {
    const answer = await post({
      query: 'query A { __typename } query B { __typename }',
      operationName: 'C',
    });
    expect(answer).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message:
              'The document has no operation named "C". The document defines "A", "B". Send the name of one of its operations as `operationName`, or leave `operationName` out when the document has a single operation.',
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
          },
        ],
      },
    });
  });

  it('quotes at most 64 characters of a long unknown operationName', async () => {
    const answer = await post({ query: '{ __typename }', operationName: 'X'.repeat(100_000) });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(/^The document has no operation named "X{64}…"\./);
  });

  it('refuses several operations without an operationName with 400 OPERATION_RESOLUTION_FAILURE', async () => {
    const answer = await post({ query: 'query A { __typename } query B { __typename }' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message:
          'The document has several operations and the request names none. The document defines "A", "B". Send the one to run as `operationName`.',
        extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
      },
    ]);
  });

  it('refuses two anonymous operations with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const answer = await post({ query: '{ __typename } { __typename }' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((error) => error.extensions?.['code'])).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
  });

  it('refuses a subscription over POST with 400 SUBSCRIPTION_TRANSPORT, naming the transports that serve it', async () => {
    const answer = await post({ query: 'subscription S { customerChanged(id: "cus_1") { eventId } }' });
    expect(answer).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message:
              'Subscriptions are served over Server-Sent Events at POST /graphql/stream (Accept: text/event-stream) or WebSocket at /graphql/ws (the graphql-transport-ws protocol), not at POST /graphql, which answers once. Send the same body to /graphql/stream.',
            extensions: { code: 'SUBSCRIPTION_TRANSPORT' },
          },
        ],
      },
    });
  });

  it("refuses an APQ hash that is not the query's with 400 PERSISTED_QUERY_HASH_MISMATCH", async () => {
    const answer = await post({
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ somethingElse }') } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message:
          'The `extensions.persistedQuery.sha256Hash` is not the SHA-256 of the `query` sent with it. Send the lower-case hex SHA-256 of the exact query text (or leave `extensions.persistedQuery` out and send the query alone).',
        extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' },
      },
    ]);
  });

  it('refuses an APQ version other than 1 with 400 PERSISTED_QUERY_VERSION_UNSUPPORTED', async () => {
    const query = '{ __typename }';
    const answer = await post({ query, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(query) } } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message:
          'This gateway supports automatic persisted queries of version 1 only. Send `extensions.persistedQuery.version: 1`, or leave `extensions.persistedQuery` out and send the query text.',
        extensions: { code: 'PERSISTED_QUERY_VERSION_UNSUPPORTED' },
      },
    ]);
  });

  it('still runs a document with several operations when operationName names one', async () => {
    const answer = await post({ query: 'query A { __typename } query B { __typename }', operationName: 'B' });
    expect(answer).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });
});
