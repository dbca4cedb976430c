import type { PlanNode, QueryPlan, SubscriptionNode } from '@apollo/query-planner';

// The gateway keeps its plans (one object per operation), so each is walked once.
const walked = new WeakMap<QueryPlan, ReadonlySet<string> | undefined>();

/**
 * The subgraphs a query plan may fetch from, whichever branches (conditions, deferred parts) the request takes;
 * undefined when the plan has a node this walk does not know (a newer planner): then anything may be fetched.
 */
export function plannedSubgraphs(plan: QueryPlan): ReadonlySet<string> | undefined {
  if (walked.has(plan)) return walked.get(plan);
  const found = new Set<string>();
  const subgraphs = !plan.node || collect(plan.node, found) ? found : undefined;
  walked.set(plan, subgraphs);
  return subgraphs;
}

function collect(node: PlanNode | SubscriptionNode, found: Set<string>): boolean {
  switch (node.kind) {
    case 'Fetch':
      found.add(node.serviceName);
      return true;
    case 'Sequence':
    case 'Parallel':
      return node.nodes.every((child) => collect(child, found));
    case 'Flatten':
      return collect(node.node, found);
    case 'Condition':
      return (!node.ifClause || collect(node.ifClause, found)) && (!node.elseClause || collect(node.elseClause, found));
    case 'Defer':
      return (
        (!node.primary.node || collect(node.primary.node, found)) &&
        node.deferred.every((deferred) => !deferred.node || collect(deferred.node, found))
      );
    case 'Subscription':
      return collect(node.primary, found) && (!node.rest || collect(node.rest, found));
    default:
      return false;
  }
}
