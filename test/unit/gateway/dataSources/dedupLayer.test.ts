import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { dedupLayer } from '../../../../gateway/dataSources/dedupLayer';
import { failureLayer } from '../../../../gateway/dataSources/failureLayer';
import { wireBody } from '../../../../gateway/dataSources/wireRequest';
import { compose, createDataSource, DEFAULT_RESILIENCE, SubgraphFailure } from '../../../../gateway/dataSources';
import type { SubgraphFetch, SubgraphRequest } from '../../../../gateway/dataSources';
import { AGENT, subgraphRequest } from './subgraphRequest';

const ENTITIES =
  'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Customer { orderCount } } }';
const customers = (...ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'Customer', id })) });
const CUSTOMER = '{ customer(id: "cus_1") { email } }';
const ANALYST = { userId: 'ana_1', role: 'analyst', scopes: ['graph:read'] };

/** A subgraph that answers (or fails) only when told to, so calls overlap. */
function gatedSubgraph() {
  const calls: SubgraphRequest[] = [];
  const pending: { answer: () => void; fail: (error: unknown) => void }[] = [];
  const fetch: SubgraphFetch = (request) => {
    calls.push(request);
    const call = calls.length;
    return new Promise<GatewayGraphQLResponse>((resolve, reject) =>
      pending.push({ answer: () => resolve({ data: { _entities: [{ orderCount: call }] } }), fail: reject }),
    );
  };
  return {
    calls,
    fetch,
    answerAll: () => pending.splice(0).forEach(({ answer }) => answer()),
    failAll: (error: unknown) => pending.splice(0).forEach(({ fail }) => fail(error)),
  };
}

/** The layer over a gated subgraph, with a count of the fetches it saved. */
function dedupOver(subgraph: { fetch: SubgraphFetch }) {
  const saved: string[] = [];
  const fetch = dedupLayer('orders', (name) => saved.push(name))(subgraph.fetch);
  return { fetch, saved };
}

/** The request as Apollo's planner may also give it: an operation name, its own headers. */
function withPlanner(request: SubgraphRequest, planner: { operationName?: string; headers?: Record<string, string> }) {
  const http = planner.headers ? { headers: new Headers(planner.headers) } : undefined;
  const options = {
    ...request.options,
    request: { ...request.options.request, operationName: planner.operationName, http },
  } as SubgraphRequest['options'];
  return { ...request, options };
}

describe('Dedup layer: identical queries in flight share one subgraph call', () => {
  it('shares one in-flight fetch among N callers, counting N-1 saved, each with its own copy of the answer', async () => {
    const subgraph = gatedSubgraph();
    const { fetch, saved } = dedupOver(subgraph);
    const calls = Array.from({ length: 5 }, () => fetch(subgraphRequest(ENTITIES, { variables: customers('cus_1') })));
    expect(saved).toEqual(['orders', 'orders', 'orders', 'orders']);
    subgraph.answerAll();
    const answers = await Promise.all(calls);
    expect(subgraph.calls).toHaveLength(1);
    for (const answer of answers.slice(1)) {
      expect(answer).toEqual(answers[0]);
      expect(answer).not.toBe(answers[0]);
      expect(answer.data).not.toBe(answers[0]!.data);
    }
    // the body below is the one the key was made of, serialised once
    expect(subgraph.calls[0]!.body).toBe(wireBody(subgraphRequest(ENTITIES, { variables: customers('cus_1') })));
  });

  it('copies the answer for the sharers before the first caller can change it', async () => {
    const subgraph = gatedSubgraph();
    const { fetch } = dedupOver(subgraph);
    const request = () => subgraphRequest(ENTITIES, { variables: customers('cus_1') });
    // the first caller merges into what it receives, as the gateway does, as soon as it has it
    const first = fetch(request()).then((answer) => {
      (answer.data as { _entities: unknown[] })._entities.push({ merged: true });
      return answer;
    });
    const second = fetch(request());
    subgraph.answerAll();
    expect((await first).data).toEqual({ _entities: [{ orderCount: 1 }, { merged: true }] });
    expect((await second).data).toEqual({ _entities: [{ orderCount: 1 }] });
  });

  it('does not cache: a query asked after the shared call answered makes a call of its own', async () => {
    const subgraph = gatedSubgraph();
    const { fetch, saved } = dedupOver(subgraph);
    const first = fetch(subgraphRequest(CUSTOMER));
    subgraph.answerAll();
    await first;
    const second = fetch(subgraphRequest(CUSTOMER));
    subgraph.answerAll();
    await second;
    expect(subgraph.calls).toHaveLength(2);
    expect(saved).toEqual([]);
  });

  it('shares nothing across other variables, operation names or planner headers', async () => {
    const subgraph = gatedSubgraph();
    const { fetch, saved } = dedupOver(subgraph);
    const base = () => subgraphRequest(ENTITIES, { variables: customers('cus_1') });
    const calls = [
      fetch(base()),
      fetch(subgraphRequest(ENTITIES, { variables: customers('cus_2') })),
      fetch(subgraphRequest(ENTITIES, { variables: customers('cus_1', 'cus_2') })),
      fetch(withPlanner(base(), { operationName: 'story__orders__1' })),
      // a trace asked for in the answer is another answer
      fetch(withPlanner(base(), { headers: { 'apollo-federation-include-trace': 'ftv1' } })),
    ];
    subgraph.answerAll();
    await Promise.all(calls);
    expect(subgraph.calls).toHaveLength(5);
    expect(saved).toEqual([]);
  });

  it('never shares across callers who may see different things: user, role, team, scopes, or no caller', async () => {
    const subgraph = gatedSubgraph();
    const { fetch, saved } = dedupOver(subgraph);
    const callers: unknown[] = [
      AGENT,
      { ...AGENT, userId: 'agt_2' },
      ANALYST,
      { ...AGENT, team: 'billing' },
      { ...AGENT, scopes: ['graph:read', 'pii:read'] },
    ];
    const requests = callers.map((caller) => subgraphRequest(CUSTOMER, { caller }));
    // unsecured dev mode: nobody named
    const anonymous = subgraphRequest(CUSTOMER);
    requests.push({ ...anonymous, options: { ...anonymous.options, context: {} } });
    const calls = requests.map(fetch);
    subgraph.answerAll();
    await Promise.all(calls);
    expect(subgraph.calls).toHaveLength(6);
    expect(subgraph.calls.map(({ options }) => (options.context as { caller?: unknown }).caller)).toStrictEqual([
      ...callers,
      undefined,
    ]);
    expect(saved).toEqual([]);
  });

  it('never shares a mutation: asked twice, it runs twice', async () => {
    const subgraph = gatedSubgraph();
    const { fetch, saved } = dedupOver(subgraph);
    const mutation = 'mutation { closeTicket(id: "tkt_1") { id } }';
    const calls = [fetch(subgraphRequest(mutation)), fetch(subgraphRequest(mutation))];
    subgraph.answerAll();
    await Promise.all(calls);
    expect(subgraph.calls).toHaveLength(2);
    expect(saved).toEqual([]);
  });

  it('shares a failure: above the failure layer every sharer gets the error answer, each its own copy', async () => {
    const subgraph = gatedSubgraph();
    const saved: string[] = [];
    const fetch = compose(
      dedupLayer('orders', (name) => saved.push(name)),
      failureLayer('orders'),
    )(subgraph.fetch);
    const calls = [1, 2, 3].map(() => fetch(subgraphRequest(CUSTOMER)));
    subgraph.failAll(new SubgraphFailure('SUBGRAPH_TIMEOUT', 'no answer within 100 ms', true));
    const answers = await Promise.all(calls);
    expect(subgraph.calls).toHaveLength(1);
    expect(saved).toHaveLength(2);
    for (const answer of answers) {
      expect(answer.errors).toEqual([
        expect.objectContaining({ extensions: { code: 'SUBGRAPH_TIMEOUT', service: 'orders' } }),
      ]);
    }
    expect(answers[1]!.errors).not.toBe(answers[0]!.errors);
    // the failure is not remembered: the next query tries the subgraph again
    const again = fetch(subgraphRequest(CUSTOMER));
    subgraph.answerAll();
    expect((await again).errors).toBeUndefined();
    expect(subgraph.calls).toHaveLength(2);
  });

  it('passes a rejected call on to every sharer, and forgets it', async () => {
    const subgraph = gatedSubgraph();
    const { fetch } = dedupOver(subgraph);
    const calls = [1, 2].map(() => fetch(subgraphRequest(CUSTOMER)));
    const broken = new Error('an invariant broke below');
    subgraph.failAll(broken);
    await expect(calls[0]).rejects.toBe(broken);
    await expect(calls[1]).rejects.toBe(broken);
    const again = fetch(subgraphRequest(CUSTOMER));
    subgraph.answerAll();
    await expect(again).resolves.toEqual({ data: { _entities: [{ orderCount: 2 }] } });
  });
});

/** A stand-in subgraph that holds every request until released, so the test decides when calls overlap. */
async function holdingSubgraph() {
  const held: (() => void)[] = [];
  const state = { received: 0 };
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      state.received += 1;
      held.push(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { customer: { email: 'maria.keller@example.com' } } }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    state,
    release: () => held.splice(0).forEach((answer) => answer()),
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Waits until `condition` holds, for 5 s at most: then the assertions after it say what went wrong. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1_000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('createDataSource: resilience.dedup (SUBGRAPH_DEDUP) switches the dedup layer', () => {
  it.each([
    { dedup: true, requests: 1, saved: 3 },
    { dedup: false, requests: 4, saved: 0 },
  ])('dedup $dedup: 4 identical queries in flight make $requests request(s), $saved saved', async (expected) => {
    const subgraph = await holdingSubgraph();
    const saved: string[] = [];
    const source = createDataSource({
      name: 'crm',
      url: subgraph.url,
      resilience: { ...DEFAULT_RESILIENCE, dedup: expected.dedup },
      onDeduplicated: (name) => saved.push(name),
    });
    try {
      const answers = [1, 2, 3, 4].map(() => source.fetch(subgraphRequest(CUSTOMER)));
      // every one of the four is either held at the subgraph or waiting on a call that is
      await until(() => subgraph.state.received + saved.length === 4);
      subgraph.release();
      for (const answer of await Promise.all(answers))
        expect(answer).toEqual({ data: { customer: { email: 'maria.keller@example.com' } } });
      expect({ requests: subgraph.state.received, saved }).toEqual({
        requests: expected.requests,
        saved: Array(expected.saved).fill('crm'),
      });
    } finally {
      subgraph.release();
      source.close();
      await subgraph.stop();
    }
  });
});
