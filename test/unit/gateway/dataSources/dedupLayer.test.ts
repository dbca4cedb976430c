import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { dedupLayer } from '../../../../gateway/dataSources/dedupLayer';
import type { SubgraphFetch, SubgraphRequest } from '../../../../gateway/dataSources';
import { AGENT, subgraphRequest } from './subgraphRequest';

const ENTITIES =
  'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Customer { orderCount } } }';
const customers = (...ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'Customer', id })) });

/** A subgraph that answers only when told to, so calls overlap. */
function gatedSubgraph() {
  const calls: SubgraphRequest[] = [];
  const pending: (() => void)[] = [];
  const fetch: SubgraphFetch = (request) => {
    calls.push(request);
    return new Promise<GatewayGraphQLResponse>((resolve) =>
      pending.push(() => resolve({ data: { _entities: [{ orderCount: calls.length }] } })),
    );
  };
  return { calls, fetch, answerAll: () => pending.splice(0).forEach((answer) => answer()) };
}

describe('Dedup layer: identical queries in flight share one subgraph call', () => {
  it('shares one in-flight fetch, giving every sharer its own copy of the answer', async () => {
    const subgraph = gatedSubgraph();
    const fetch = dedupLayer()(subgraph.fetch);
    const first = fetch(subgraphRequest(ENTITIES, { variables: customers('cus_1') }));
    const second = fetch(subgraphRequest(ENTITIES, { variables: customers('cus_1') }));
    subgraph.answerAll();
    const [a, b] = await Promise.all([first, second]);
    expect(subgraph.calls).toHaveLength(1);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    // done: the next identical query is a call of its own
    const third = fetch(subgraphRequest(ENTITIES, { variables: customers('cus_1') }));
    subgraph.answerAll();
    await third;
    expect(subgraph.calls).toHaveLength(2);
  });

  it('does not share across other variables or another caller', async () => {
    const subgraph = gatedSubgraph();
    const fetch = dedupLayer()(subgraph.fetch);
    const calls = [
      fetch(subgraphRequest(ENTITIES, { variables: customers('cus_1') })),
      fetch(subgraphRequest(ENTITIES, { variables: customers('cus_2') })),
      fetch(subgraphRequest(ENTITIES, { variables: customers('cus_1'), caller: { ...AGENT, userId: 'agt_2' } })),
    ];
    subgraph.answerAll();
    await Promise.all(calls);
    expect(subgraph.calls).toHaveLength(3);
  });

  it('never shares a mutation: asked twice, it runs twice', async () => {
    const subgraph = gatedSubgraph();
    const fetch = dedupLayer()(subgraph.fetch);
    const mutation = 'mutation { closeTicket(id: "tkt_1") { id } }';
    const calls = [fetch(subgraphRequest(mutation)), fetch(subgraphRequest(mutation))];
    subgraph.answerAll();
    await Promise.all(calls);
    expect(subgraph.calls).toHaveLength(2);
  });
});
