import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { DEV_AUTH, devTokenSource } from '../../../../gateway/auth';
import { createTokenVerifier } from '../../../../gateway/auth/tokenVerifier';
import { createGateway } from '../../../../gateway/createGateway';
import type { Gateway } from '../../../../gateway/createGateway';
import type { DevSubject, PlaygroundRole } from '../../../../gateway/playground/playgroundRoles';
import { listen } from '../../../../platform/http/listen';
import type { Listening } from '../../../../platform/http/listen';
import { loadSupergraph } from '../../../../gateway/supergraph';

// Any supergraph does: the tokens are checked against the gateway's own verifier, no subgraph is asked.
const supergraph = loadSupergraph(join(__dirname, '..', 'fixtures', 'products.supergraph.graphql'));
const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe('Dev tokens for a chosen agent: ?role=agent&agent=agt_7&team=logistics_desk', () => {
  let gateway: Gateway;
  let http: Listening;
  const asked: { role: PlaygroundRole; subject: DevSubject | undefined }[] = [];
  const source = devTokenSource(DEV_AUTH);
  const verify = createTokenVerifier(DEV_AUTH);

  beforeAll(async () => {
    if (!source) throw new Error('the dev secret must give a dev-token source');
    gateway = await createGateway({
      supergraph,
      title: 'Shop',
      logger: quiet,
      playground: {
        devTokens: (role, subject) => {
          asked.push({ role, subject });
          return source(role, subject);
        },
      },
    });
    http = await listen(gateway.app, { port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await http?.close();
    await gateway?.stop();
  });

  const devToken = (query: string) => fetch(`${http.origin}/playground/dev-token?${query}`);

  it('signs the agent in with their id as `sub` and their team as `team`, and the gateway accepts it', async () => {
    const response = await devToken('role=agent&agent=agt_7&team=logistics_desk');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { token, role } = (await response.json()) as { token: string; role: string };
    expect(role).toBe('agent');
    expect(asked.at(-1)).toEqual({ role: 'agent', subject: { sub: 'agt_7', team: 'logistics_desk' } });
    expect(decodeJwt(token)).toMatchObject({ sub: 'agt_7', team: 'logistics_desk', role: 'agent' });
    await expect(verify(token)).resolves.toMatchObject({ userId: 'agt_7', role: 'agent', team: 'logistics_desk' });
  });

  it('signs in the default dev agent (agt_1 of customer_care) when no agent is named', async () => {
    const { token } = (await (await devToken('role=agent')).json()) as { token: string };
    expect(asked.at(-1)).toEqual({ role: 'agent', subject: undefined });
    expect(decodeJwt(token)).toMatchObject({ sub: 'agt_1', team: 'customer_care' });
  });

  it.each([
    [
      'an agent without a team',
      'role=agent&agent=agt_7',
      "Name both the agent and the agent's team, e.g. GET /playground/dev-token?role=agent&agent=agt_7&team=logistics_desk: the gateway does not look agents up (Query.teams lists each team's agents).",
    ],
    [
      'a team without an agent',
      'role=agent&team=billing',
      "Name both the agent and the agent's team, e.g. GET /playground/dev-token?role=agent&agent=agt_7&team=logistics_desk: the gateway does not look agents up (Query.teams lists each team's agents).",
    ],
    [
      'an agent for another role',
      'role=analyst&agent=agt_7&team=billing',
      'Only agent tokens name an agent: ask for role=agent with &agent and &team (e.g. GET /playground/dev-token?role=agent&agent=agt_7&team=logistics_desk), or drop them.',
    ],
    [
      'a malformed agent id',
      'role=agent&agent=sup_1&team=billing',
      'The agent "sup_1" is not an agent id; expected agt_<number>, e.g. agt_1.',
    ],
    [
      'a malformed agent id and team code together',
      'role=agent&agent=agt_0&team=Billing%20Desk',
      'The agent "agt_0" is not an agent id; expected agt_<number>, e.g. agt_1. The team "Billing Desk" is not a team code; expected a team code in lower case, e.g. billing (see Query.teams).',
    ],
    [
      'an agent given twice',
      'role=agent&agent=agt_7&agent=agt_8&team=billing',
      'The agent (given more than once) is not an agent id; expected agt_<number>, e.g. agt_1.',
    ],
  ])('refuses %s with 400 and the fix', async (_case, query, message) => {
    const before = asked.length;
    const response = await devToken(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
    // nothing was signed
    expect(asked.length).toBe(before);
  });

  it('shortens a long value in the message', async () => {
    const response = await devToken(`role=agent&agent=agt_1&team=${'x'.repeat(500)}`);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toBe(
      `The team "${'x'.repeat(40)}" is not a team code; expected a team code in lower case, e.g. billing (see Query.teams).`,
    );
  });
});
