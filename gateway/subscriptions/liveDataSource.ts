import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { defaultFieldResolver, execute, getOperationAST, GraphQLError, parse } from 'graphql';
import type { DocumentNode, GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../context';

/**
 * The routing URL that marks a subgraph the gateway serves itself (schema/live.graphql composes with it): its
 * fetches are answered in-process, never sent over HTTP.
 */
export const LIVE_SUBGRAPH_URL = 'gateway:live';

/** Whether the supergraph routes the subgraph to the gateway itself. */
export function isLiveSubgraphUrl(url: string | undefined): boolean {
  return url === LIVE_SUBGRAPH_URL;
}

/**
 * The data source of the live subgraph: it answers the first fetch of a subscription's plan (the Subscription
 * field with its event fields and entity stubs) by executing the fetch's operation with graphql-js against the
 * live subgraph's schema, the emission's value (GatewayContext.liveRoot) standing for the root field. The rest of
 * the plan reaches the other subgraphs through their own data sources, as for any query.
 */
export class LiveDataSource implements GraphQLDataSource {
  private readonly documents = new Map<string, DocumentNode>();
  private executable: { schema: GraphQLSchema; resolveField: GraphQLFieldResolver<unknown, LiveContext> } | undefined;

  /** `schema` is read on the first request: extracting it from the supergraph is not free (subscriptionPlanner.ts). */
  constructor(private readonly options: { name: string; schema: () => GraphQLSchema }) {}

  async process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const { query, variables, operationName } = options.request;
    if (!query) return invariant(`${this.options.name} received a request without a query.`);
    const document = ('document' in options ? options.document : undefined) ?? this.parsed(query);
    const operation = getOperationAST(document, operationName);
    const context = options.context as Partial<GatewayContext>;
    if (operation?.operation === 'subscription' && context.liveRoot === undefined) {
      return invariant(
        `The ${this.options.name} subgraph was asked for a subscription field outside an emission (no live root value).`,
      );
    }
    const { schema, resolveField } = this.prepared();
    const result = await execute({
      schema,
      document,
      variableValues: variables ?? {},
      operationName,
      contextValue: context,
      rootValue: {},
      fieldResolver: resolveField,
    });
    return {
      data: result.data ?? null,
      ...(result.errors ? { errors: result.errors.map((error) => error.toJSON()) } : {}),
    };
  }

  private prepared() {
    if (!this.executable) {
      const schema = this.options.schema();
      const subscriptionType = schema.getSubscriptionType();
      // Only the root field is not read from its parent: its value is the emission itself.
      const resolveField: GraphQLFieldResolver<unknown, LiveContext> = (source, args, context, info) =>
        info.parentType === subscriptionType ? context.liveRoot : defaultFieldResolver(source, args, context, info);
      this.executable = { schema, resolveField };
    }
    return this.executable;
  }

  /** The planner sends a handful of distinct fetch texts per subscription document; each is parsed once. */
  private parsed(query: string): DocumentNode {
    let document = this.documents.get(query);
    if (!document) {
      if (this.documents.size >= MAX_DOCUMENTS) this.documents.clear();
      this.documents.set(query, (document = parse(query)));
    }
    return document;
  }
}

const MAX_DOCUMENTS = 1_000;

type LiveContext = Partial<GatewayContext>;

/** A request the gateway itself built wrongly: our bug, answered as a GraphQL error rather than thrown. */
function invariant(message: string): GatewayGraphQLResponse {
  return {
    errors: [
      new GraphQLError(`Invariant failed: ${message}`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } }).toJSON(),
    ],
  };
}
