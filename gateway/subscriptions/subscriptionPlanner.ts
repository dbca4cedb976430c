import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import type { Schema } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import type { FetchNode, QueryPlan } from '@apollo/query-planner';
import type { DocumentNode, GraphQLSchema } from 'graphql';

/** A subscription's plan as executeQueryPlan runs it for every emission, and its first fetch. */
export interface SubscriptionPlan {
  /** `Sequence[primary, rest]`: the emission from the live subgraph, then the entities from their subgraphs. */
  plan: QueryPlan;
  /** The fetch that answers the Subscription field itself. */
  primary: FetchNode;
}

/** What planning and running a subscription needs from the supergraph. */
export interface SupergraphModel {
  /** The supergraph as graphql-js sees it, for executeQueryPlan. */
  readonly supergraphSchema: GraphQLSchema;
  /** The API schema (what clients see), for executeQueryPlan's result shaping. */
  readonly apiSchema: Schema;
  /** The same, as graphql-js sees it: validation, coercion, authorization. */
  readonly apiGraphQLSchema: GraphQLSchema;
  /** Each subgraph's name and routing URL as composed. */
  readonly subgraphs: readonly { name: string; url: string }[];
  plan(document: DocumentNode, operationName: string | undefined): SubscriptionPlan;
  /** Subgraph `name`'s schema as composition saw it, for graphql-js to execute the planner's fetches against. */
  subgraphSchema(name: string): GraphQLSchema;
}

/**
 * The supergraph, built on first use: Apollo Gateway builds its own from the same SDL, and building one (with its
 * API schema, query planner and graphql-js schemas) takes a second or more of CPU, which a gateway that never
 * serves a subscription should not pay at start-up.
 */
export function lazySupergraphModel(supergraphSdl: string): () => SupergraphModel {
  let model: SupergraphModel | undefined;
  return () => (model ??= buildSupergraphModel(supergraphSdl));
}

function buildSupergraphModel(supergraphSdl: string): SupergraphModel {
  const supergraph = Supergraph.build(supergraphSdl);
  const apiSchema = supergraph.apiSchema();
  const planner = new QueryPlanner(supergraph);
  const subgraphSchemas = new Map<string, GraphQLSchema>();
  return {
    supergraphSchema: supergraph.schema.toGraphQLJSSchema(),
    apiSchema,
    apiGraphQLSchema: apiSchema.toGraphQLJSSchema(),
    subgraphs: supergraph.subgraphsMetadata().map(({ name, url }) => ({ name, url })),
    plan(document, operationName) {
      const operation = operationFromDocument(apiSchema, document, { operationName });
      const planned = planner.buildQueryPlan(operation);
      // The planner plans a subscription as `{ primary, rest }` and Apollo Gateway's executor refuses to run that
      // ("Execution of subscriptions not supported by gateway"); for one emission it is the sequence of the two.
      const node = planned.node;
      if (node?.kind !== 'Subscription') {
        throw new Error(`Invariant failed: a subscription was planned as ${node?.kind ?? 'nothing'}.`);
      }
      return {
        primary: node.primary,
        plan: {
          kind: 'QueryPlan',
          node: node.rest ? { kind: 'Sequence', nodes: [node.primary, node.rest] } : node.primary,
        },
      };
    },
    subgraphSchema(name) {
      let schema = subgraphSchemas.get(name);
      if (!schema) {
        const subgraph = supergraph.subgraphs().get(name);
        if (!subgraph) throw new Error(`The supergraph has no subgraph named "${name}".`);
        subgraphSchemas.set(name, (schema = subgraph.schema.toGraphQLJSSchema()));
      }
      return schema;
    },
  };
}
