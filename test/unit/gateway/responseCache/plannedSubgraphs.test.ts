import type { PlanNode, QueryPlan } from '@apollo/query-planner';
import { OperationTypeNode } from 'graphql';
import { plannedSubgraphs } from '../../../../gateway/responseCache';

const fetch = (serviceName: string): PlanNode => ({
  kind: 'Fetch',
  serviceName,
  operation: '{ __typename }',
  operationName: undefined,
  operationKind: OperationTypeNode.QUERY,
});

describe('Response cache: the subgraphs of a query plan', () => {
  it('finds every fetch, in every branch a request may take', () => {
    const plan: QueryPlan = {
      kind: 'QueryPlan',
      node: {
        kind: 'Sequence',
        nodes: [
          fetch('crm'),
          {
            kind: 'Parallel',
            nodes: [
              { kind: 'Flatten', path: ['customer'], node: fetch('orders') },
              { kind: 'Condition', condition: 'withTickets', ifClause: fetch('tickets'), elseClause: fetch('live') },
              {
                kind: 'Defer',
                primary: { node: fetch('logistics') },
                deferred: [{ depends: [], queryPath: [], node: fetch('inventory') }],
              },
            ],
          },
        ],
      },
    };
    expect([...plannedSubgraphs(plan)!].sort()).toEqual(['crm', 'inventory', 'live', 'logistics', 'orders', 'tickets']);
    // walked once: the gateway hands the same plan object back for the same operation
    expect(plannedSubgraphs(plan)).toBe(plannedSubgraphs(plan));
    expect([...plannedSubgraphs({ kind: 'QueryPlan' })!]).toEqual([]);
  });

  it('gives up on a node it does not know, so that nothing is kept on a guess', () => {
    const plan = { kind: 'QueryPlan', node: { kind: 'Sequence', nodes: [fetch('crm'), { kind: 'Teleport' }] } };
    expect(plannedSubgraphs(plan as unknown as QueryPlan)).toBeUndefined();
  });
});
