import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import type { QueryPlan } from '@apollo/query-planner';
import { parse } from 'graphql';
import { loadSavedOperation } from '../../../../gateway/playground/savedOperations';

const SUPERGRAPH_PATH = join(__dirname, '..', '..', '..', '..', 'schema', 'supergraph.graphql');

let planner: { supergraph: Supergraph; queryPlanner: QueryPlanner } | undefined;

/**
 * The plan the gateway makes for a saved operation (as the playground sends it) over the committed supergraph.
 * ApolloGateway builds its QueryPlanner the same way (no queryPlannerConfig), and planning needs no subgraph.
 */
export function planSavedOperation(name: string): QueryPlan {
  if (planner === undefined) {
    const supergraph = Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8'));
    planner = { supergraph, queryPlanner: new QueryPlanner(supergraph) };
  }
  const document = parse(loadSavedOperation(name).query);
  return planner.queryPlanner.buildQueryPlan(operationFromDocument(planner.supergraph.apiSchema(), document));
}
