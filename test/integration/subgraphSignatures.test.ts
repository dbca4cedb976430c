import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import { SUBGRAPHS } from '../../subgraphs/shared/catalog';
import type { SubgraphName } from '../../subgraphs/shared/catalog';
import { crmModule } from '../../subgraphs/crm/module';
import {
  CALLER_HEADERS,
  callerHeaders,
  DEV_SIGNING_SECRET,
  NONCE_HEADER,
  redisNonceStore,
  signRequest,
} from '../../platform/caller';
import type { Caller } from '../../platform/caller';
import { PII_MASKS } from '../../subgraphs/shared/pii';
import { listenSubgraph } from '../../subgraphs/shared/listenSubgraph';
import type { RunningSubgraph } from '../../subgraphs/shared/listenSubgraph';
import { parseSubgraphEnv } from '../../subgraphs/shared/subgraphSettings';
import { redisClient } from '../../platform/changeEvents';
import { startRecordingProxy } from '../support/recordingProxy';
import type { RecordingProxy } from '../support/recordingProxy';
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

interface Signing {
  secret?: string;
  /** The subgraph the signature is for: the one the request goes to, unless a test sends it elsewhere. */
  for?: string;
  caller?: Caller;
  body?: string;
  signedBody?: string;
  now?: number;
  headers?: Record<string, string>;
}

/** The headers and body of a request to `name`, signed over `signedBody` (the same as `body` unless tampering). */
function signed(
  name: string,
  {
    secret,
    for: target = name,
    caller = ANALYST,
    body = SDL_QUERY,
    signedBody = body,
    now,
    headers: extra = {},
  }: Signing,
): { headers: Record<string, string>; body: string } {
  const headers = callerHeaders(caller);
  const signature =
    secret === undefined
      ? {}
      : signRequest(secret, { subgraph: target, headers, body: signedBody }, now === undefined ? {} : { now });
  return { headers: { 'content-type': 'application/json', ...headers, ...signature, ...extra }, body };
}

/** POSTs a request signed as `signing` says to the subgraph `name` at `url`. */
function post(url: string, name: string, signing: Signing): Promise<Answer> {
  return send(url, { method: 'POST', ...signed(name, signing) });
}

function expectRefused({ status, body }: Answer, name: string, why: RegExp, reason: string) {
  expect(status).toBe(401);
  expect(body.data ?? undefined).toBeUndefined();
  expect(body.errors).toEqual([
    { message: expect.stringMatching(why), extensions: { code: 'UNAUTHENTICATED', service: name, reason } },
  ]);
}

// Straight to each subgraph of a running stack over HTTP, around the gateway: only what it signed gets in, once.
describe('Subgraph signatures: every subgraph refuses requests the gateway did not sign for it, and replays', () => {
  let stack: Stack;
  // men in the middle on the gateway's way to tickets and crm, capturing what an eavesdropper would
  let ticketsWire: RecordingProxy;
  let crmWire: RecordingProxy;

  beforeAll(async () => {
    ticketsWire = await startRecordingProxy();
    crmWire = await startRecordingProxy();
    stack = await startStack('pglite', {
      gateway: { gatewayRoutes: { tickets: ticketsWire.url, crm: crmWire.url } },
    });
    ticketsWire.target = stack.subgraphUrls.tickets;
    crmWire.target = stack.subgraphUrls.crm;
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await ticketsWire?.stop();
    await crmWire?.stop();
  });

  it('runs every subgraph of the catalogue', () => {
    expect(Object.keys(stack.subgraphUrls).sort()).toEqual(SUBGRAPHS.map(({ name }) => name).sort());
  });

  describe.each(SUBGRAPHS.map(({ name }) => name))('%s', (name: SubgraphName) => {
    const url = () => stack.subgraphUrls[name];

    it('answers a request signed with the shared secret', async () => {
      const { status, body } = await post(url(), name, { secret: stack.signingSecret });
      expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
      expect((body.data?.['_service'] as { sdl: string }).sdl).toMatch(/type Query/);
    });

    it('refuses an unsigned request with 401 UNAUTHENTICATED', async () => {
      expectRefused(await post(url(), name, {}), name, /is not signed/, 'unsigned');
    });

    it('refuses a body changed after signing', async () => {
      const body = JSON.stringify({ query: '{ _service { sdl } __typename }' });
      expectRefused(
        await post(url(), name, { secret: stack.signingSecret, body, signedBody: SDL_QUERY }),
        name,
        /does not match/,
        'tampered',
      );
    });

    it('refuses a role changed after signing: an analyst cannot pose as a supervisor', async () => {
      expectRefused(
        await post(url(), name, {
          secret: stack.signingSecret,
          headers: { [CALLER_HEADERS.role]: 'supervisor', [CALLER_HEADERS.scopes]: 'graph:read pii:read' },
        }),
        name,
        /does not match/,
        'tampered',
      );
    });

    it('refuses a request signed with another secret', async () => {
      expectRefused(await post(url(), name, { secret: DEV_SIGNING_SECRET }), name, /does not match/, 'tampered');
    });

    it('refuses a request signed for another subgraph', async () => {
      const other = SUBGRAPHS.find((subgraph) => subgraph.name !== name)?.name ?? '';
      expectRefused(
        await post(url(), name, { secret: stack.signingSecret, for: other }),
        name,
        /signed for another subgraph/,
        'tampered',
      );
    });

    it('refuses a signature two minutes old: a captured request cannot be replayed later', async () => {
      expectRefused(
        await post(url(), name, { secret: stack.signingSecret, now: Date.now() - 120_000 }),
        name,
        /signed too long ago/,
        'stale',
      );
    });

    it('refuses the same signed request sent twice: the second is a replay, even within the window', async () => {
      const request = signed(name, { secret: stack.signingSecret });
      expect((await send(url(), { method: 'POST', ...request })).status).toBe(200);
      expectRefused(await send(url(), { method: 'POST', ...request }), name, /already received once/, 'replayed');
    });

    it('refuses a replay with a new nonce: the nonce is signed', async () => {
      const request = signed(name, { secret: stack.signingSecret });
      expect((await send(url(), { method: 'POST', ...request })).status).toBe(200);
      const renewed = { ...request.headers, [NONCE_HEADER]: 'AAAAAAAAAAAAAAAAAAAAAA' };
      expectRefused(
        await send(url(), { method: 'POST', headers: renewed, body: request.body }),
        name,
        /does not match/,
        'tampered',
      );
    });

    it('refuses GET, whose query the signature cannot cover', async () => {
      const query = encodeURIComponent('{ __typename }');
      const { headers } = signed(name, { secret: stack.signingSecret, body: '' });
      expectRefused(
        await send(`${url()}?query=${query}`, { headers: { ...headers, accept: 'application/json' } }),
        name,
        /accepts only signed POST/,
        'method',
      );
    });
  });

  it('refuses a captured addMessage sent again: 401, and no second message is written', async () => {
    const messages = async () =>
      (await stack.dbs.tickets.query<{ count: number }>('SELECT count(*)::int AS count FROM tickets.messages'))[0]
        ?.count;
    const before = await messages();
    ticketsWire.recorded.length = 0;
    const sent = await stack.query<{ addMessage: { id: string } }>(
      'mutation { addMessage(input: { ticketId: "tkt_4", direction: INBOUND, channel: EMAIL, body: "Once only." }) { id } }',
    );
    expect(sent.body.errors).toBeUndefined();
    expect(await messages()).toBe((before ?? 0) + 1);

    const [captured] = ticketsWire.recorded.filter(({ body }) => body.includes('addMessage'));
    expect(captured).toBeDefined();
    const replayed = await send(stack.subgraphUrls.tickets, {
      method: 'POST',
      headers: captured?.headers ?? {},
      body: captured?.body ?? '',
    });
    expectRefused(replayed, 'tickets', /already received once/, 'replayed');
    expect(await messages()).toBe((before ?? 0) + 1);
  });

  it('refuses a captured tickets request sent to crm: a signature is good for its subgraph only', async () => {
    ticketsWire.recorded.length = 0;
    await stack.query('{ ticket(id: "tkt_4") { id } }');
    const [captured] = ticketsWire.recorded;
    expect(captured).toBeDefined();
    const elsewhere = await send(stack.subgraphUrls.crm, {
      method: 'POST',
      headers: captured?.headers ?? {},
      body: captured?.body ?? '',
    });
    expectRefused(elsewhere, 'crm', /signed for another subgraph/, 'tampered');
  });

  it('signs a retried query afresh: the subgraph accepts the retry, whose nonce is new', async () => {
    crmWire.recorded.length = 0;
    // crm answers the first attempt, but the answer is lost on the way back: the gateway must try again
    crmWire.failAfterForwarding = 1;
    const { body } = await stack.query<{ customer: { name: string } }>('{ customer(id: "cus_1") { name } }');
    expect(body).toEqual({ data: { customer: { name: 'Maria Keller' } } });
    const [first, retry] = crmWire.recorded;
    expect(crmWire.recorded).toHaveLength(2);
    expect(retry?.body).toBe(first?.body);
    expect([first?.status, retry?.status]).toEqual([200, 200]);
    expect(retry?.headers[NONCE_HEADER]).not.toBe(first?.headers[NONCE_HEADER]);
  });

  it("passes the signed caller on: crm masks an analyst's view of an entity and not an agent's", async () => {
    const body = JSON.stringify({
      query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { email } } }',
      variables: { r: [{ __typename: 'Customer', id: 'cus_1' }] },
    });
    const crm = stack.subgraphUrls.crm;
    const asAgent = await post(crm, 'crm', { secret: stack.signingSecret, caller: AGENT, body });
    const asAnalyst = await post(crm, 'crm', { secret: stack.signingSecret, caller: ANALYST, body });
    const email = (answer: Answer) => (answer.body.data?.['_entities'] as { email: string }[])[0]?.email;
    expect(email(asAgent)).toBe('maria.keller@example.com');
    expect(email(asAnalyst)).toBe(PII_MASKS['EMAIL']!('maria.keller@example.com'));
  });
});

// Several replicas of one subgraph behind a load balancer: a replay sent to another replica must fail too.
describe('Subgraph signatures: replicas sharing a Redis accept each signed request once between them', () => {
  const SECRET = 'a-replica-signing-secret-of-40-characters';
  let databases: TestDatabases;
  let redis: Redis;
  let down: Redis;
  let prefix: string;
  const running: RunningSubgraph[] = [];

  beforeAll(async () => {
    databases = await openTestDatabases('pglite');
    await insertCrmFixtures(databases.dbs.crm);
    redis = redisClient('redis://127.0.0.1:6379', { connectionName: 'c360-test-replicas' });
    await redis.connect();
    // nothing listens on port 1: a Redis that is down
    down = redisClient('redis://127.0.0.1:1', { connectionName: 'c360-test-redis-down' });
    down.on('error', () => undefined);
  }, 120_000);
  beforeEach(() => {
    prefix = `test:nonce:${randomUUID()}:`;
  });
  afterEach(async () => {
    for (const replica of running.splice(0)) await replica.stop();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  });
  afterAll(async () => {
    redis?.disconnect();
    down?.disconnect();
    await databases?.close();
  });

  const replica = async (store: Redis) => {
    const nonces = redisNonceStore(store, prefix);
    const started = await listenSubgraph(crmModule, databases.dbs.crm, {
      port: 0,
      security: { mode: 'signed', signingSecret: SECRET, nonces },
    });
    running.push(started);
    return started;
  };

  it('refuses on one replica a request another replica accepted', async () => {
    const [one, two] = [await replica(redis), await replica(redis)];
    const request = signed('crm', { secret: SECRET });
    expect((await send(one.url, { method: 'POST', ...request })).status).toBe(200);
    expectRefused(await send(two.url, { method: 'POST', ...request }), 'crm', /already received once/, 'replayed');
    // and a fresh signature is welcome on either
    expect((await post(two.url, 'crm', { secret: SECRET })).status).toBe(200);
    expect(await redis.keys(`${prefix}crm:*`)).toHaveLength(2);
  });

  it('refuses signed requests with 503 while Redis is down, rather than risk a replay', async () => {
    const lonely = await replica(down);
    const { status, body } = await post(lonely.url, 'crm', { secret: SECRET });
    expect(status).toBe(503);
    expect(body.errors).toEqual([
      {
        message: expect.stringMatching(/cannot tell whether this signed request is a replay.*Retry/),
        extensions: { code: 'SERVICE_UNAVAILABLE', service: 'crm' },
      },
    ]);
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
    const { status, body } = await post(running.url, 'crm', {
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
    expect(message).toMatch(/^Invalid crm subgraph configuration \(1 problem\):/);
    expect(message).toMatch(/SUBGRAPH_AUTH \("off"\): off is refused when NODE_ENV=production/);
    expect(message).not.toContain(SECRET);
  });

  it('refuses production without a signing secret of its own, never showing the secret', () => {
    expect(refusal({ NODE_ENV: 'production' })).toMatch(
      /SUBGRAPH_SIGNING_SECRET \(unset\): must be a secret of your own when NODE_ENV=production/,
    );
    const dev = refusal({ NODE_ENV: 'production', SUBGRAPH_SIGNING_SECRET: DEV_SIGNING_SECRET });
    expect(dev).toMatch(/SUBGRAPH_SIGNING_SECRET \(\(set; not shown\)\): is the public development secret/);
    expect(dev).not.toContain(DEV_SIGNING_SECRET);
    const short = refusal({ SUBGRAPH_SIGNING_SECRET: 'too-short-secret-4711' });
    expect(short).toMatch(/is 21 characters; it needs at least 32/);
    expect(short).not.toContain('too-short-secret-4711');
  });

  it('refuses an unknown SUBGRAPH_AUTH', () => {
    expect(refusal({ SUBGRAPH_AUTH: 'none' })).toMatch(/SUBGRAPH_AUTH \("none"\): must be signed/);
  });
});
