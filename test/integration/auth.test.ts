import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { SignJWT } from 'jose';
import { DEV_AUDIENCE, DEV_AUTH, DEV_ISSUER, DEV_JWT_SECRET, scopeRequirements } from '../../gateway/auth';
import { createGateway } from '../../gateway/createGateway';
import type { Gateway } from '../../gateway/createGateway';
import { listen } from '../../platform/http/listen';
import type { Listening } from '../../platform/http/listen';
import { loadSupergraph } from '../../gateway/supergraph';
import { SCENARIO } from '../../stack/seed/scenarioIds';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';
import { authHeader } from '../support/tokens';

const SUPERGRAPH_PATH = join(__dirname, '..', '..', 'schema', 'supergraph.graphql');
const MARIA = SCENARIO.maria;

const CUSTOMER = /* GraphQL */ `
  query Customer($id: ID!) {
    customer(id: $id) {
      name
      email
    }
  }
`;

/** The saved operation's message (operations/addMessage), answered by `agentId`; returns the ticket's history. */
const ADD_MESSAGE = /* GraphQL */ `
  mutation AddMessage($agentId: ID!, $body: String!) {
    addMessage(input: { ticketId: "tkt_1", direction: OUTBOUND, channel: EMAIL, body: $body, agentId: $agentId }) {
      messages(first: 100) {
        totalCount
      }
      history {
        kind
        actor
        actedBy
      }
    }
  }
`;

/** A ticket opened by a tool, answering with `selection`. */
const openTicket = (selection: string) => /* GraphQL */ `
  mutation Open($key: String!) {
    openTicket(
      input: {
        customerId: "${MARIA.customerId}"
        channel: EMAIL
        category: DELIVERY
        subject: "Opened by a tool"
        body: "Parcel late"
        idempotencyKey: $key
      }
    ) ${selection}
  }
`;

const TICKET_COUNT = /* GraphQL */ `
  {
    customer(id: "${MARIA.customerId}") {
      tickets(first: 100) {
        totalCount
      }
    }
  }
`;

const MESSAGE_COUNT = /* GraphQL */ `
  {
    ticket(id: "tkt_1") {
      messages(first: 100) {
        totalCount
      }
    }
  }
`;

interface AddMessage {
  addMessage: { messages: { totalCount: number }; history: { kind: string; actor: string; actedBy: string | null }[] };
}

interface ErrorBody {
  errors?: { message: string; extensions?: { code?: string } }[];
}

// Through the real gateway over HTTP, on PGlite: who gets in (401), who may do what (403), and who is recorded.
describe('Auth: the gateway lets in only verified callers, and each does only what their role allows', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('pglite');
  }, 120_000);
  afterAll(() => stack?.stop());

  const post = (headers: Record<string, string>, body = JSON.stringify({ query: '{ __typename }' })) =>
    fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  const messageCount = async () =>
    (await stack.query<{ ticket: { messages: { totalCount: number } } }>(MESSAGE_COUNT)).body.data!.ticket.messages
      .totalCount;

  describe('authentication (401)', () => {
    it('refuses an anonymous request with 401 UNAUTHENTICATED and WWW-Authenticate, before any SQL runs', async () => {
      stack.resetStatements();
      const { status, body, headers } = await stack.query(CUSTOMER, { id: MARIA.customerId }, { authorization: '' });
      expect(status).toBe(401);
      expect(headers.get('www-authenticate')).toMatch(/^Bearer realm="customer-360"/);
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([
        { message: expect.stringMatching(/needs a bearer token/), extensions: { code: 'UNAUTHENTICATED' } },
      ]);
      expect(stack.statements()).toBe(0);
    });

    it.each([
      ['a Basic credential', 'Basic dXNlcjpwYXNz'],
      ['Bearer without a token', 'Bearer '],
      ['a token with spaces in it', 'Bearer abc def'],
      ['a bearer value that is not a JWT', 'Bearer not-a-jwt'],
    ])('refuses %s with 401', async (_case, authorization) => {
      const response = await post({ authorization });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
      const body = (await response.json()) as ErrorBody;
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an expired token with 401, saying so', async () => {
      const expired = await new SignJWT({ role: 'supervisor' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('sup_dev')
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt(Math.floor(Date.now() / 1000) - 7_200)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 3_600)
        .sign(new TextEncoder().encode(DEV_JWT_SECRET));
      const { status, body } = await stack.query(
        CUSTOMER,
        { id: MARIA.customerId },
        {
          authorization: `Bearer ${expired}`,
        },
      );
      expect(status).toBe(401);
      expect(body.errors).toEqual([
        { message: expect.stringMatching(/expired/), extensions: { code: 'UNAUTHENTICATED' } },
      ]);
    });

    it('answers /health and /ready without a token', async () => {
      const origin = new URL(stack.url).origin;
      const health = await fetch(`${origin}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${origin}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready' });
    });

    it('serves the playground page to a browser without a token, but not GraphQL over GET', async () => {
      const page = await fetch(stack.url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toMatch(/<html/i);

      const query = await fetch(`${stack.url}?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { accept: 'application/json' },
      });
      expect(query.status).toBe(401);
    });

    it('lets a valid token through', async () => {
      const { status, body } = await stack.query<{ customer: { name: string } }>(
        CUSTOMER,
        { id: MARIA.customerId },
        await authHeader('analyst'),
      );
      expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
      expect(body.data?.customer.name).toBe(MARIA.name);
    });
  });

  describe('authorization (403)', () => {
    it('requires tickets:write on every mutation of the supergraph, so no analyst can run one', () => {
      const sdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
      const mutation = parse(sdl).definitions.find(
        (definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Mutation',
      );
      const fields = mutation && 'fields' in mutation ? (mutation.fields ?? []).map(({ name }) => name.value) : [];
      expect(fields).toContain('addMessage');
      const requirements = scopeRequirements(sdl);
      expect(Object.fromEntries(fields.map((field) => [field, requirements.get(`Mutation.${field}`)]))).toEqual(
        Object.fromEntries(fields.map((field) => [field, [['tickets:write']]])),
      );
    });

    it('refuses a mutation to an analyst with 403 FORBIDDEN, before any SQL runs', async () => {
      const before = await messageCount();
      stack.resetStatements();
      const { status, body } = await stack.query(
        ADD_MESSAGE,
        { agentId: 'agt_5', body: 'An analyst should not be able to send this.' },
        await authHeader('analyst'),
      );
      expect(status).toBe(403);
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/role analyst\) may not use Mutation\.addMessage \(needs tickets:write\)/),
        extensions: { code: 'FORBIDDEN' },
      });
      expect(stack.statements()).toBe(0);
      expect(await messageCount()).toBe(before);
    });

    it('refuses a query to a service token without graph:read', async () => {
      stack.resetStatements();
      const { status, body } = await stack.query(
        CUSTOMER,
        { id: MARIA.customerId },
        await authHeader({ role: 'service', sub: 'metrics-scraper', scopes: ['metrics:read'] }),
      );
      expect(status).toBe(403);
      expect(body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/graph:read/),
        extensions: { code: 'FORBIDDEN' },
      });
      expect(stack.statements()).toBe(0);
    });

    it('lets a service with graph:read query, but not run a mutation without tickets:write', async () => {
      const reader = await authHeader({ role: 'service', sub: 'report-tool', scopes: ['graph:read'] });
      const query = await stack.query<{ customer: { name: string } }>(CUSTOMER, { id: MARIA.customerId }, reader);
      expect({ status: query.status, errors: query.body.errors }).toEqual({ status: 200, errors: undefined });

      const before = await messageCount();
      const mutation = await stack.query(ADD_MESSAGE, { agentId: 'agt_5', body: 'From a read-only tool.' }, reader);
      expect(mutation.status).toBe(403);
      expect(mutation.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await messageCount()).toBe(before);
    });
  });

  describe('what a mutation answers (graph:read beyond its own fields)', () => {
    const writer = () => authHeader({ role: 'service', sub: 'ticket-intake', scopes: ['tickets:write'] });
    const ticketCount = async () =>
      (await stack.query<{ customer: { tickets: { totalCount: number } } }>(TICKET_COUNT)).body.data!.customer.tickets
        .totalCount;

    it("lets a service with only tickets:write open a ticket and read the ticket's own fields back", async () => {
      const { status, body } = await stack.query<{ openTicket: { id: string; number: string; status: string } }>(
        openTicket('{ id number status __typename }'),
        { key: randomUUID() },
        await writer(),
      );
      expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
      expect(body.data?.openTicket).toMatchObject({ id: expect.stringMatching(/^tkt_/), status: 'NEW' });
    });

    it('refuses it a customer profile through the answer: 403 naming the field and graph:read, nothing written', async () => {
      const before = await ticketCount();
      stack.resetStatements();
      const { status, body } = await stack.query(
        openTicket('{ id customer { name email } }'),
        { key: randomUUID() },
        await writer(),
      );
      expect(status).toBe(403);
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([
        {
          message: expect.stringMatching(/may not use Mutation\.openTicket\.customer \(needs graph:read/),
          extensions: { code: 'FORBIDDEN', role: 'service' },
        },
      ]);
      expect(stack.statements()).toBe(0);
      expect(await ticketCount()).toBe(before);
    });
  });

  describe('fails closed when no operation resolves', () => {
    it.each([
      ['an operationName the document does not define', { query: '{ __typename }', operationName: 'Missing' }],
      ['a mutation and a query and no operationName', { query: 'query Q { __typename } mutation M { __typename }' }],
    ])('refuses %s with 400 before any SQL runs', async (_case, request) => {
      stack.resetStatements();
      const response = await post(await authHeader('analyst'), JSON.stringify(request));
      const body = (await response.json()) as ErrorBody & { data?: unknown };
      expect(response.status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      expect(stack.statements()).toBe(0);
    });
  });

  describe('acting on tickets, recorded with the verified identity', () => {
    it('refuses an agent acting as another agent, writing nothing', async () => {
      const before = await messageCount();
      const { body } = await stack.query(
        ADD_MESSAGE,
        { agentId: 'agt_5', body: 'Posing as a colleague.' },
        await authHeader({ role: 'agent', sub: 'agt_1', team: 'customer_care' }),
      );
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/signed in as agent agt_1 and cannot act as agt_5/),
        extensions: { code: 'FORBIDDEN' },
      });
      expect(await messageCount()).toBe(before);
    });

    it('lets an agent act as themself, recording actedBy agent:<id>', async () => {
      const before = await messageCount();
      const { status, body } = await stack.query<AddMessage>(
        ADD_MESSAGE,
        { agentId: 'agt_5', body: 'Your replacement ships today.' },
        await authHeader({ role: 'agent', sub: 'agt_5', team: 'logistics_desk' }),
      );
      expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
      const { messages, history } = body.data!.addMessage;
      expect(messages.totalCount).toBe(before + 1);
      expect(history.at(-1)).toEqual({ kind: expect.any(String), actor: 'agt_5', actedBy: 'agent:agt_5' });
    });

    it('lets a supervisor act for an agent, recording the supervisor as actedBy', async () => {
      const { status, body } = await stack.query<AddMessage>(ADD_MESSAGE, {
        agentId: 'agt_5',
        body: 'Sent on behalf of the logistics desk.',
      });
      expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
      const { history } = body.data!.addMessage;
      expect(history.at(-1)).toMatchObject({ actor: 'agt_5', actedBy: 'supervisor:sup_dev' });
      // earlier events keep who made them
      expect(history.map(({ actedBy }) => actedBy)).toContain('agent:agt_5');
    });
  });

  describe('AUTH_MODE=off', () => {
    let open: { gateway: Gateway; http: Listening; url: string };

    beforeAll(async () => {
      const gateway = await createGateway({
        supergraph: loadSupergraph(SUPERGRAPH_PATH),
        subgraphUrls: stack.subgraphUrls,
        signingSecret: stack.signingSecret,
        auth: { ...DEV_AUTH, mode: 'off' },
      });
      const http = await listen(gateway.app, { port: 0, host: '127.0.0.1' });
      open = { gateway, http, url: `${http.origin}/graphql` };
    });
    afterAll(async () => {
      await open?.http.close();
      await open?.gateway.stop();
    });

    it('answers without a token, as nobody in particular: PII stays masked', async () => {
      const response = await fetch(open.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: CUSTOMER, variables: { id: MARIA.customerId } }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        data?: { customer: { name: string; email: string } };
        errors?: unknown;
      };
      expect(body.errors).toBeUndefined();
      expect(body.data?.customer).toEqual({ name: MARIA.name, email: 'm***@example.com' });
    });

    it('still refuses a request whose operation does not resolve', async () => {
      const response = await fetch(open.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }', operationName: 'Missing' }),
      });
      expect(response.status).toBe(400);
    });
  });
});
