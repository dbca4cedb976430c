import { SUBGRAPHS } from '../../subgraphs/catalog';
import type { SubgraphName } from '../../subgraphs/catalog';
import { crmModule } from '../../subgraphs/crm/module';
import {
  CALLER_HEADERS,
  callerHeaders,
  DEV_SIGNING_SECRET,
  PII_MASKS,
  signRequest,
} from '../../subgraphs/shared/caller';
import type { Caller } from '../../subgraphs/shared/caller';
import { listenSubgraph } from '../../subgraphs/shared/listenSubgraph';
import type { RunningSubgraph } from '../../subgraphs/shared/listenSubgraph';
import { parseSubgraphEnv } from '../../subgraphs/shared/runSubgraph';
import { insertCrmFixtures } from '../unit/crm/fixtures';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';
import { openTestDatabases } from '../support/testDatabases';
import type { TestDatabases } from '../support/testDatabases';

const ANALYST: Caller = { userId: 'ana_dev', role: 'analyst', scopes: ['graph:read'] };
const AGENT: Caller = { userId: 'agt_1', role: 'agent', team: 'customer_care', scopes: ['graph:read', 'pii:read'] };
const SDL_QUERY = JSON.stringify({ query: '{ _service { sdl } }' });

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function send(url: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** POSTs `body` with the caller headers and a signature computed over `signedBody` (the same unless tampering). */
function post(
  url: string,
  {
    secret,
    caller = ANALYST,
    body = SDL_QUERY,
    signedBody = body,
    now,
    headers: extra = {},
  }: {
    secret?: string;
    caller?: Caller;
    body?: string;
    signedBody?: string;
    now?: number;
    headers?: Record<string, string>;
  },
): Promise<Answer> {
  const headers = callerHeaders(caller);
  const signature = secret === undefined ? {} : signRequest(secret, headers, signedBody, now);
  return send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers, ...signature, ...extra },
    body,
  });
}

function expectRefused({ status, body }: Answer, name: string, why: RegExp) {
  expect(status).toBe(401);
  expect(body.data ?? undefined).toBeUndefined();
  expect(body.errors).toEqual([
    { message: expect.stringMatching(why), extensions: { code: 'UNAUTHENTICATED', service: name } },
  ]);
}

// Straight to each subgraph of a running stack over HTTP, around the gateway: only what it signed gets in.
describe('Subgraph signatures: every subgraph refuses requests the gateway did not sign', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('pglite');
  }, 120_000);
  afterAll(() => stack?.stop());

  it('runs every subgraph of the catalogue', () => {
    expect(Object.keys(stack.subgraphUrls).sort()).toEqual(SUBGRAPHS.map(({ name }) => name).sort());
  });

  describe.each(SUBGRAPHS.map(({ name }) => name))('%s', (name: SubgraphName) => {
    const url = () => stack.subgraphUrls[name];

    it('answers a request signed with the shared secret', async () => {
      const { status, body } = await post(url(), { secret: stack.signingSecret });
      expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
      expect((body.data?.['_service'] as { sdl: string }).sdl).toMatch(/type Query/);
    });

    it('refuses an unsigned request with 401 UNAUTHENTICATED', async () => {
      expectRefused(await post(url(), {}), name, /is not signed/);
    });

    it('refuses a body changed after signing', async () => {
      const body = JSON.stringify({ query: '{ _service { sdl } __typename }' });
      expectRefused(
        await post(url(), { secret: stack.signingSecret, body, signedBody: SDL_QUERY }),
        name,
        /does not match/,
      );
    });

    it('refuses a role changed after signing: an analyst cannot pose as a supervisor', async () => {
      expectRefused(
        await post(url(), {
          secret: stack.signingSecret,
          headers: { [CALLER_HEADERS.role]: 'supervisor', [CALLER_HEADERS.scopes]: 'graph:read pii:read' },
        }),
        name,
        /does not match/,
      );
    });

    it('refuses a request signed with another secret', async () => {
      expectRefused(await post(url(), { secret: DEV_SIGNING_SECRET }), name, /does not match/);
    });

    it('refuses a signature two minutes old: a captured request cannot be replayed', async () => {
      expectRefused(
        await post(url(), { secret: stack.signingSecret, now: Date.now() - 120_000 }),
        name,
        /signed too long ago/,
      );
    });

    it('refuses GET, whose query the signature cannot cover', async () => {
      const headers = callerHeaders(ANALYST);
      const query = encodeURIComponent('{ __typename }');
      expectRefused(
        await send(`${url()}?query=${query}`, {
          headers: { accept: 'application/json', ...headers, ...signRequest(stack.signingSecret, headers, '') },
        }),
        name,
        /accepts only signed POST/,
      );
    });
  });

  it("passes the signed caller on: crm masks an analyst's view of an entity and not an agent's", async () => {
    const body = JSON.stringify({
      query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { email } } }',
      variables: { r: [{ __typename: 'Customer', id: 'cus_1' }] },
    });
    const asAgent = await post(stack.subgraphUrls.crm, { secret: stack.signingSecret, caller: AGENT, body });
    const asAnalyst = await post(stack.subgraphUrls.crm, { secret: stack.signingSecret, caller: ANALYST, body });
    const email = (answer: Answer) => (answer.body.data?.['_entities'] as { email: string }[])[0]?.email;
    expect(email(asAgent)).toBe('maria.keller@example.com');
    expect(email(asAnalyst)).toBe(PII_MASKS['EMAIL']!('maria.keller@example.com'));
  });
});

describe('Subgraph security: an unsecured subgraph for local experiments', () => {
  let databases: TestDatabases;
  let running: RunningSubgraph;

  beforeAll(async () => {
    databases = await openTestDatabases('pglite');
    await insertCrmFixtures(databases.dbs.crm);
    running = await listenSubgraph(crmModule, databases.dbs.crm, { port: 0, security: { mode: 'unsecured' } });
  }, 120_000);
  afterAll(async () => {
    await running?.stop();
    await databases?.close();
  });

  it('answers an unsigned request, masking PII for a request that names nobody', async () => {
    const { status, body } = await send(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ customer(id: "cus_1") { name email } }' }),
    });
    expect({ status, body }).toEqual({
      status: 200,
      body: { data: { customer: { name: 'Maria Schmidt', email: 'M***@Example.com' } } },
    });
  });

  it('takes caller headers as they come', async () => {
    const { status, body } = await post(running.url, {
      caller: AGENT,
      body: JSON.stringify({ query: '{ customer(id: "cus_1") { email } }' }),
    });
    expect({ status, body }).toEqual({
      status: 200,
      body: { data: { customer: { email: 'Maria.Schmidt@Example.com' } } },
    });
  });
});

describe('Subgraph environment: SUBGRAPH_AUTH and SUBGRAPH_SIGNING_SECRET', () => {
  const SECRET = 'a-subgraph-signing-secret-of-40-characters';
  const parse = (env: Record<string, string>) => parseSubgraphEnv({ name: 'crm' }, env);
  const refusal = (env: Record<string, string>) => {
    try {
      parse(env);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected the environment to be refused');
  };

  it('checks signatures by default, with the dev secret outside production and the given one in it', () => {
    expect(parse({}).security).toEqual({ mode: 'signed', signingSecret: DEV_SIGNING_SECRET });
    expect(parse({ NODE_ENV: 'production', SUBGRAPH_SIGNING_SECRET: SECRET }).security).toEqual({
      mode: 'signed',
      signingSecret: SECRET,
    });
  });

  it('runs unsecured with SUBGRAPH_AUTH=off outside production only', () => {
    expect(parse({ SUBGRAPH_AUTH: 'off' }).security).toEqual({ mode: 'unsecured' });
    const message = refusal({ NODE_ENV: 'production', SUBGRAPH_AUTH: 'off', SUBGRAPH_SIGNING_SECRET: SECRET });
    expect(message).toMatch(/^Invalid crm subgraph configuration:/);
    expect(message).toMatch(/SUBGRAPH_AUTH \("off"\): off is refused when NODE_ENV=production/);
    expect(message).not.toContain(SECRET);
  });

  it('refuses production without a signing secret of its own, never showing the secret', () => {
    expect(refusal({ NODE_ENV: 'production' })).toMatch(
      /SUBGRAPH_SIGNING_SECRET \(undefined\): must be set to a secret of your own/,
    );
    const dev = refusal({ NODE_ENV: 'production', SUBGRAPH_SIGNING_SECRET: DEV_SIGNING_SECRET });
    expect(dev).toMatch(/SUBGRAPH_SIGNING_SECRET \(\(set; not shown\)\): must be set to a secret of your own/);
    expect(dev).not.toContain(DEV_SIGNING_SECRET);
    const short = refusal({ SUBGRAPH_SIGNING_SECRET: 'too-short-secret-4711' });
    expect(short).toMatch(/at least 32 characters/);
    expect(short).not.toContain('too-short-secret-4711');
  });

  it('refuses an unknown SUBGRAPH_AUTH', () => {
    expect(refusal({ SUBGRAPH_AUTH: 'none' })).toMatch(/SUBGRAPH_AUTH \("none"\): must be signed/);
  });
});
