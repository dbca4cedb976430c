import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { mintDevToken } from '../../../../gateway/auth';
import { createGateway } from '../../../../gateway/createGateway';
import type { Gateway } from '../../../../gateway/createGateway';
import { listen } from '../../../../platform/http/listen';
import type { Listening } from '../../../../platform/http/listen';
import { PLAYGROUND_ROLES } from '../../../../gateway/playground/playgroundRoles';
import type { PlaygroundRole } from '../../../../gateway/playground/playgroundRoles';
import { loadSupergraph } from '../../../../gateway/supergraph';

// Any supergraph does: nothing here reaches a subgraph (`{ __typename }` is answered by the gateway itself).
const supergraph = loadSupergraph(join(__dirname, '..', 'fixtures', 'products.supergraph.graphql'));
const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

async function serve(
  devTokens?: (role: PlaygroundRole) => Promise<string>,
): Promise<{ origin: string; stop(): Promise<void> }> {
  const gateway: Gateway = await createGateway({
    supergraph,
    title: 'Shop',
    logger: quiet,
    ...(devTokens ? { playground: { devTokens } } : {}),
  });
  const http: Listening = await listen(gateway.app, { port: 0, host: '127.0.0.1' });
  return {
    origin: http.origin,
    async stop() {
      await http.close();
      await gateway.stop();
    },
  };
}

describe('Playground dev tokens: the role switcher signs in as agent, supervisor or analyst outside production', () => {
  let withRoles: { origin: string; stop(): Promise<void> };
  let withoutRoles: { origin: string; stop(): Promise<void> };
  const asked: PlaygroundRole[] = [];

  beforeAll(async () => {
    withRoles = await serve((role) => {
      asked.push(role);
      return mintDevToken({ role });
    });
    withoutRoles = await serve();
  });

  afterAll(async () => {
    await withRoles?.stop();
    await withoutRoles?.stop();
  });

  it.each(PLAYGROUND_ROLES)('hands out an uncached %s token that the gateway accepts', async (role) => {
    const before = Date.now();
    const response = await fetch(`${withRoles.origin}/playground/dev-token?role=${role}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { token: string; role: string; expiresAt: string };
    expect(body.role).toBe(role);
    expect(asked.at(-1)).toBe(role);
    const claims = decodeJwt(body.token);
    expect(claims['role']).toBe(role);
    // expiresAt is the token's own `exp`, so the page renews it in time
    expect(body.expiresAt).toBe(new Date((claims.exp ?? 0) * 1000).toISOString());
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(before);

    const graphql = await fetch(`${withRoles.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${body.token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphql.status).toBe(200);
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it.each([
    ['an unknown role', '?role=root', 'Unknown role "root"'],
    ['the service role (a tool, not a person)', '?role=service', 'Unknown role "service"'],
    ['no role at all', '', 'No role given'],
  ])('answers %s with 400 and the roles it offers', async (_case, query, problem) => {
    const response = await fetch(`${withRoles.origin}/playground/dev-token${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.message).toContain(problem);
    expect(body.errors[0]?.message).toContain('agent, supervisor, analyst');
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('shows the role switcher on the page, Agent first', async () => {
    const html = await (await fetch(`${withRoles.origin}/graphql`, { headers: HTML })).text();
    expect(html).toContain(
      '<select id="c360-role"><option value="agent">Agent</option><option value="supervisor">Supervisor</option><option value="analyst">Analyst</option></select>',
    );
    expect(html).toContain('"devTokenUrl":"/playground/dev-token"');
  });

  it('has no dev-token route and no switcher without devTokens, and tells the user to paste a token', async () => {
    const response = await fetch(`${withoutRoles.origin}/playground/dev-token?role=agent`);
    expect(response.status).toBe(404);
    expect(await response.json()).not.toHaveProperty('token');

    const html = await (await fetch(`${withoutRoles.origin}/graphql`, { headers: HTML })).text();
    expect(html).not.toContain('<select id="c360-role"');
    // subscriptions need no switcher: the transport picker is there either way
    expect(html).toContain('<select id="c360-live-transport">');
    expect(html).toContain('"devTokenUrl":null');
    expect(html).toContain('in the Headers tab below, add <code>{"Authorization": "Bearer &lt;JWT&gt;"}</code>');
  });
});
