import type { QueryPlan } from '@apollo/query-planner';
import type { GraphQLRequestListener } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { GatewayContext } from '../../../../gateway/context';
import { ResponseCache, responseCaching } from '../../../../gateway/responseCache';

const AGENT = { userId: 'agt_1', role: 'agent', team: 'billing', scopes: ['graph:read', 'pii:read'] } as const;
const planOf = (...subgraphs: string[]) =>
  ({
    kind: 'QueryPlan',
    node: {
      kind: 'Parallel',
      nodes: subgraphs.map((serviceName) => ({
        kind: 'Fetch',
        serviceName,
        operation: '{ __typename }',
        operationName: undefined,
        operationKind: OperationTypeNode.QUERY,
      })),
    },
  }) as QueryPlan;

/** The plugin over a cache whose every entry is valid, and a request as Apollo Server hands it to the hooks. */
async function setUp() {
  const cache = new ResponseCache({ maxEntries: 10, maxBytes: 100_000, entries: { generationOf: () => 1 } });
  const caching = responseCaching(cache, new Set(['crm', 'tickets']));
  const listener = (await caching.plugin.requestDidStart!({} as never)) as GraphQLRequestListener<GatewayContext>;
  const request = (
    options: { operation?: OperationTypeNode; caller?: object; headers?: Record<string, string> } = {},
  ) => {
    const headers = new HeaderMap(Object.entries(options.headers ?? {}));
    return {
      contextValue: { requestId: 'r', caller: options.caller ?? AGENT } as GatewayContext,
      operation: { operation: options.operation ?? OperationTypeNode.QUERY },
      queryHash: 'hash-of-the-story',
      request: { operationName: 'customerStory', variables: { id: 'cus_1' }, http: { headers } },
    };
  };
  /** Runs one request through the hooks: lookup, the plan, its fetches (each answered by an entry) and the answer. */
  const run = async (
    options: Parameters<typeof request>[0] & { plan?: QueryPlan; data?: object; errors?: object[] } = {},
  ) => {
    const context = request(options);
    const kept = await listener.responseForOperation!(context as never);
    if (kept) return { kept: true, body: kept.body };
    caching.didResolveQueryPlan({
      queryPlan: options.plan ?? planOf('crm'),
      requestContext: { context: context.contextValue },
    } as never);
    cache.sourcesOf(context.contextValue)?.entry('crm:cus_1', 1);
    const body = {
      kind: 'single' as const,
      singleResult: {
        data: options.data ?? { customer: { id: 'cus_1' } },
        ...(options.errors ? { errors: options.errors } : {}),
      },
    };
    await listener.willSendResponse!({ contextValue: context.contextValue, response: { body } } as never);
    return { kept: false, body };
  };
  return { run };
}

describe('Response cache plugin', () => {
  it('answers a query again from its kept response, without execution, for the same caller class', async () => {
    const { run } = await setUp();
    expect((await run()).kept).toBe(false);
    const again = await run();
    expect(again).toEqual({
      kept: true,
      body: { kind: 'single', singleResult: { data: { customer: { id: 'cus_1' } } } },
    });
    // an agent of the same team shares it; another team, or fewer scopes, does not
    expect((await run({ caller: { ...AGENT, userId: 'agt_2' } })).kept).toBe(true);
    expect((await run({ caller: { ...AGENT, team: 'logistics_desk' } })).kept).toBe(false);
    expect((await run({ caller: { ...AGENT, scopes: ['graph:read'] } })).kept).toBe(false);
  });

  it('keeps no answer with errors, none of a plan that fetches beyond the entity cache, and leaves mutations alone', async () => {
    const { run } = await setUp();
    await run({ errors: [{ message: 'The tickets system did not answer in time' }] });
    expect((await run({ errors: [{ message: 'again' }] })).kept).toBe(false);

    const live = { caller: { ...AGENT, team: 'live' } };
    await run({ ...live, plan: planOf('crm', 'live') });
    expect((await run({ ...live, plan: planOf('crm', 'live') })).kept).toBe(false);

    const mutation = { operation: OperationTypeNode.MUTATION, caller: { ...AGENT, team: 'writers' } };
    await run(mutation);
    expect((await run(mutation)).kept).toBe(false);
  });

  it('neither serves nor keeps a request that asks Apollo Gateway for its query plan', async () => {
    const { run } = await setUp();
    const withPlan = { headers: { 'apollo-query-plan-experimental': '1' } };
    await run(withPlan);
    expect((await run(withPlan)).kept).toBe(false);
    expect((await run()).kept).toBe(false);
  });
});
