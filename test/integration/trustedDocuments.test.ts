import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { GraphQLFormattedError } from 'graphql';
import type { Role } from '../../platform/caller';
import {
  DEFAULT_TRUSTED_DOCUMENTS_ROLES,
  loadManifest,
  TrustedDocumentsErrorCode,
} from '../../gateway/trustedDocuments';
import type { TrustedDocumentsOptions } from '../../gateway/trustedDocuments';
import { loadSavedOperation } from '../../gateway/playground/savedOperations';
import { CustomerStoryDocument, LiveTicketDocument } from '../../operations/__generated__/graphql';
import type { CustomerStoryQuery } from '../../operations/__generated__/graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { isRefusal, openSse } from '../support/sseClient';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';
import { authHeader } from '../support/tokens';

const ROOT = join(__dirname, '..', '..');
// what the playground sends: the file's text with the shared fragments it spreads
const STORY = loadSavedOperation('customerStory');
const STORY_TEXT = STORY.query;
const STORY_VARIABLES = JSON.parse(STORY.variables ?? '{}') as Record<string, unknown>;
// what a frontend team sends: the id codegen embedded in the typed document
const STORY_ID = (CustomerStoryDocument as typeof CustomerStoryDocument & { __meta__: { hash: string } }).__meta__.hash;
// a saved subscription: the manifest admits it on the stream endpoint as it does queries on /graphql
const LIVE_TICKET_ID = (LiveTicketDocument as typeof LiveTicketDocument & { __meta__: { hash: string } }).__meta__.hash;
const AD_HOC = /* GraphQL */ `
  query adHocProbe {
    customer(id: "cus_1") {
      id
      name
    }
  }
`;

interface Answer<Data = unknown> {
  status: number;
  body: { data?: Data | null; errors?: GraphQLFormattedError[] };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const codes = ({ body }: Answer) => body.errors?.map((error) => error.extensions?.['code']);
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

// One stack; the policy object is the one the gateway holds, so each describe block switches its mode the way a
// redeploy with another TRUSTED_DOCUMENTS would, without starting five subgraphs again.
describe('Trusted documents and persisted queries', () => {
  const policy: TrustedDocumentsOptions = {
    mode: 'allow',
    roles: DEFAULT_TRUSTED_DOCUMENTS_ROLES,
    manifest: loadManifest(join(ROOT, 'operations', '__generated__', 'persisted-documents.json')),
  };
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('pglite', { gateway: { trustedDocuments: policy } });
  });
  afterAll(() => stack?.stop());

  /** POSTs `body` as JSON, signed in as `role`. */
  async function post<Data = unknown>(role: Role, body: Record<string, unknown>): Promise<Answer<Data>> {
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeader(role)) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Answer<Data>['body'] };
  }

  /** GETs the endpoint with `params`, with the header Apollo's CSRF prevention asks of GET requests. */
  async function get(role: Role, params: Record<string, string>): Promise<Answer> {
    const response = await fetch(`${stack.url}?${new URLSearchParams(params).toString()}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...(await authHeader(role)) },
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }

  describe('TRUSTED_DOCUMENTS=allow (the default)', () => {
    beforeAll(() => {
      policy.mode = 'allow';
    });

    it('runs a manifest document by documentId with the same data as the operation sent as text', async () => {
      const adHoc = await post<CustomerStoryQuery>('agent', { query: STORY_TEXT, variables: STORY_VARIABLES });
      const byId = await post<CustomerStoryQuery>('agent', { documentId: STORY_ID, variables: STORY_VARIABLES });
      expect(adHoc.status).toBe(200);
      expect(adHoc.body.errors).toBeUndefined();
      expect(adHoc.body.data?.customer?.orders?.edges.length).toBeGreaterThan(0);
      expect(byId.status).toBe(200);
      expect(byId.body).toEqual(adHoc.body);
    });

    it('accepts the id as a bare sha256 hash too', async () => {
      const answer = await post('agent', { documentId: STORY_ID.replace(/^sha256:/, ''), variables: STORY_VARIABLES });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    });

    it('resolves a documentId sent by GET', async () => {
      const answer = await get('agent', { documentId: STORY_ID, variables: JSON.stringify(STORY_VARIABLES) });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toEqual(
        (await post('agent', { documentId: STORY_ID, variables: STORY_VARIABLES })).body.data,
      );
    });

    it('answers an unknown documentId with 400 PERSISTED_DOCUMENT_NOT_FOUND, naming the fix', async () => {
      const unknown = `sha256:${sha256('query neverShipped { __typename }')}`;
      const answer = await post('agent', { documentId: unknown });
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual([TrustedDocumentsErrorCode.PERSISTED_DOCUMENT_NOT_FOUND]);
      expect(answer.body.errors?.[0]?.message).toContain(unknown);
      expect(answer.body.errors?.[0]?.message).toContain('npm run codegen');
    });

    it('refuses a documentId and a query that name different documents', async () => {
      const answer = await post('agent', { documentId: STORY_ID, query: AD_HOC });
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual([TrustedDocumentsErrorCode.BAD_REQUEST]);
    });

    it('still runs ad-hoc queries from every role', async () => {
      for (const role of ['agent', 'service', 'analyst', 'supervisor'] as const) {
        const answer = await post(role, { query: AD_HOC });
        expect([role, answer.status, answer.body.errors]).toEqual([role, 200, undefined]);
      }
    });

    it('serves automatic persisted queries: hash alone, then hash and query, then hash alone', async () => {
      const query = `query apqRoundTrip { customer(id: "cus_2") { id name } }`;
      const hash = sha256(query);
      const miss = await post('analyst', { extensions: apq(hash) });
      expect(codes(miss)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      const register = await post('analyst', { query, extensions: apq(hash) });
      expect(register.status).toBe(200);
      expect(register.body.errors).toBeUndefined();
      expect(register.body.data).toEqual({ customer: { id: 'cus_2', name: expect.any(String) } });
      const hit = await post('analyst', { extensions: apq(hash) });
      expect(hit.status).toBe(200);
      expect(hit.body).toEqual(register.body);
    });

    it('refuses an APQ hash that is not the hash of the query', async () => {
      const answer = await post('analyst', { query: AD_HOC, extensions: apq(sha256('something else')) });
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_HASH_MISMATCH');
      expect(answer.body.errors?.[0]?.message).toMatch(/is not the SHA-256 of the `query`/);
    });

    it('serves the APQ hash of a manifest document without a registration first', async () => {
      const answer = await post('agent', {
        extensions: apq(STORY_ID.replace(/^sha256:/, '')),
        variables: STORY_VARIABLES,
      });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body).toEqual((await post('agent', { query: STORY_TEXT, variables: STORY_VARIABLES })).body);
    });
  });

  describe('TRUSTED_DOCUMENTS=enforce (agents and services)', () => {
    beforeAll(() => {
      policy.mode = 'enforce';
    });

    it('refuses an ad-hoc query from an agent with 403 PERSISTED_DOCUMENT_REQUIRED, naming the fix', async () => {
      const answer = await post('agent', { query: AD_HOC });
      expect(answer.status).toBe(403);
      expect(codes(answer)).toEqual([TrustedDocumentsErrorCode.PERSISTED_DOCUMENT_REQUIRED]);
      expect(answer.body.errors?.[0]?.message).toContain('"agent"');
      expect(answer.body.errors?.[0]?.message).toContain('documentId');
      expect(answer.body.errors?.[0]?.message).toContain('npm run codegen');
      expect(answer.body.data).toBeUndefined();
    });

    it('runs a manifest document by id for an agent', async () => {
      const answer = await post<CustomerStoryQuery>('agent', { documentId: STORY_ID, variables: STORY_VARIABLES });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.customer?.id).toBe(STORY_VARIABLES['id']);
    });

    it("runs an agent's query whose text is exactly a manifest document", async () => {
      const text = policy.manifest.byId.get(STORY_ID);
      expect(text).toBeDefined();
      const answer = await post('agent', { query: text, variables: STORY_VARIABLES });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    });

    it('refuses the same operation in other words (the file as written) from an agent', async () => {
      expect(policy.manifest.byId.has(`sha256:${sha256(STORY_TEXT)}`)).toBe(false);
      const answer = await post('agent', { query: STORY_TEXT, variables: STORY_VARIABLES });
      expect(answer.status).toBe(403);
    });

    it('refuses an ad-hoc query from a service', async () => {
      const answer = await post('service', { query: AD_HOC });
      expect(answer.status).toBe(403);
      expect(codes(answer)).toEqual([TrustedDocumentsErrorCode.PERSISTED_DOCUMENT_REQUIRED]);
      expect(answer.body.errors?.[0]?.message).toContain('"service"');
    });

    it('still runs ad-hoc queries from analysts and supervisors', async () => {
      for (const role of ['analyst', 'supervisor'] as const) {
        const answer = await post(role, { query: AD_HOC });
        expect([role, answer.status, answer.body.errors]).toEqual([role, 200, undefined]);
      }
    });

    it('keeps the cost limits for analysts', async () => {
      const answer = await post('analyst', {
        query: `{ customers(first: 100) { edges { node { orders(first: 100) { edges { node { lines { id quantity } } } } } } } }`,
      });
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual(['QUERY_TOO_COMPLEX']);
    });

    it('refuses an ad-hoc query an agent sends by GET', async () => {
      const answer = await get('agent', { query: AD_HOC });
      expect(answer.status).toBe(403);
      expect(codes(answer)).toEqual([TrustedDocumentsErrorCode.PERSISTED_DOCUMENT_REQUIRED]);
    });

    it('subscribes an agent to a manifest subscription by id over SSE, and refuses an ad-hoc one', async () => {
      const url = `${stack.url}/stream`;
      const headers = await authHeader('agent');
      const abort = new AbortController();
      const saved = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
        body: JSON.stringify({ documentId: LIVE_TICKET_ID, variables: { number: 'T-100001' } }),
        signal: abort.signal,
      });
      expect([saved.status, saved.headers.get('content-type')]).toEqual([
        200,
        expect.stringContaining('text/event-stream'),
      ]);
      abort.abort();
      const adHoc = await openSse(url, { query: 'subscription { slaAlerts { eventId } }' }, headers);
      expect(isRefusal(adHoc) && adHoc.status).toBe(403);
      expect(isRefusal(adHoc) && adHoc.body.errors?.map((error) => error.extensions?.['code'])).toEqual([
        TrustedDocumentsErrorCode.PERSISTED_DOCUMENT_REQUIRED,
      ]);
    });

    it('applies the manifest to WebSocket subscriptions too: a documentId in extensions runs, ad-hoc text is refused', async () => {
      const client = createClient({
        url: `${stack.url.replace('http', 'ws')}/ws`,
        webSocketImpl: WebSocket,
        connectionParams: await authHeader('agent'),
        retryAttempts: 0,
      });
      const firstAnswer = (payload: {
        query: string;
        variables?: Record<string, unknown>;
        extensions?: Record<string, unknown>;
      }) =>
        new Promise<string>((resolve) => {
          const dispose = client.subscribe(payload, {
            next: () => {
              dispose();
              resolve('next');
            },
            error: (errors) => resolve(JSON.stringify(errors)),
            complete: () => resolve('complete'),
          });
          // a subscription that was admitted stays open without emitting: it has not been refused by then
          setTimeout(() => {
            dispose();
            resolve('open');
          }, 1_500);
        });
      try {
        expect(await firstAnswer({ query: 'subscription { slaAlerts { eventId } }' })).toContain(
          TrustedDocumentsErrorCode.PERSISTED_DOCUMENT_REQUIRED,
        );
        expect(
          await firstAnswer({
            query: '',
            variables: { number: 'T-100001' },
            extensions: { documentId: LIVE_TICKET_ID },
          }),
        ).toBe('open');
      } finally {
        await client.dispose();
      }
    });

    it('lets no agent around the manifest through APQ', async () => {
      const query = `query apqBypass { customer(id: "cus_3") { id email } }`;
      const hash = sha256(query);
      expect(await post('agent', { query, extensions: apq(hash) })).toMatchObject({ status: 403 });
      // an analyst may register it, which must not open it to agents
      expect(await post('analyst', { query, extensions: apq(hash) })).toMatchObject({ status: 200 });
      const replay = await post('agent', { extensions: apq(hash) });
      expect(replay.status).toBe(403);
      expect(codes(replay)).toEqual([TrustedDocumentsErrorCode.PERSISTED_DOCUMENT_REQUIRED]);
      expect(await post('analyst', { extensions: apq(hash) })).toMatchObject({ status: 200 });
    });
  });
});
