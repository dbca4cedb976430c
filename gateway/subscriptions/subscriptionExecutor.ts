import { buildOperationContext, executeQueryPlan } from '@apollo/gateway';
import type { GraphQLDataSource, ServiceMap } from '@apollo/gateway';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { createHash } from 'node:crypto';
import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  parse,
  print,
  specifiedRules,
  validate,
} from 'graphql';
import type { DocumentNode, FormattedExecutionResult, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Caller } from '../../platform/caller';
import { invalidTextError } from '../../platform/inputText';
import { createOperationAuthorizer } from '../auth/operationAuthorizer';
import type { AuthOptions } from '../auth/authOptions';
import type { ScopeRequirements } from '../auth/scopeRequirements';
import type { GatewayContext } from '../context';
import type { GatewayLogger } from '../createGateway';
import { visibilityOf } from '../dataSources/cache/cacheKey';
import { GatewayErrorCode } from '../gatewayErrorCode';
import { createVariableCostCheck, limitValidationRules } from '../limits';
import type { RequestLimits } from '../limits';
import { unresolvedOperation } from '../operationResolutionPlugin';
import { badUserInput, formatRequestErrors, syntaxError, validationError } from './formatRequestErrors';
import { rootFieldOf } from './rootFieldOf';
import type { FormatError } from './formatRequestErrors';
import { isLiveSubgraphUrl, LiveDataSource } from './liveDataSource';
import { lazySupergraphModel } from './subscriptionPlanner';
import type { SubscriptionPlan } from './subscriptionPlanner';

export interface SubscriptionExecutorOptions {
  supergraphSdl: string;
  /**
   * Every subgraph's data source by service name, the live subgraph's included: read at each emission, so the map
   * may be filled after the executor is built (Apollo Gateway builds its data sources when the server starts).
   */
  services: ReadonlyMap<string, GraphQLDataSource>;
  /** The same limits POST /graphql enforces. */
  limits: RequestLimits;
  /** The same `@authorize` requirements and auth mode the authorizationPlugin enforces. */
  scopeRequirements: ScopeRequirements;
  auth: Pick<AuthOptions, 'mode'>;
  /** The gateway's formatError, so that errors read as a query's do. */
  formatError: FormatError;
  /** Where executeQueryPlan logs what it cannot report in a response; the console by default. */
  logger?: GatewayLogger | undefined;
}

/** One subscribe request, after its transport verified the token. */
export interface SubscribeRequest {
  query: string;
  variables?: Record<string, unknown> | undefined;
  operationName?: string | undefined;
  /** Undefined only with AUTH_MODE=off. */
  caller: Caller | undefined;
}

/** A refused subscribe request: the errors to answer, with codes, and the HTTP status a query would get. */
export interface SubscriptionRefusal {
  errors: GraphQLFormattedError[];
  status: number;
}

/** A subscribe request checked and planned once; `resolve` runs the plan for one emission. */
export interface PreparedSubscription {
  /** The Subscription field selected, e.g. `customerChanged`. */
  field: string;
  /** Its arguments, variables and defaults applied (graphql-js coercion). */
  args: Record<string, unknown>;
  /** The field's alias or name: the key of `data` in every emission. */
  responseKey: string;
  /**
   * Equal for two subscriptions whose emissions resolve alike: same document (printed, so spacing and comments do
   * not matter), operationName, coerced variables and caller visibility (what masks PII). Such subscriptions may
   * share one resolution of each emission.
   */
  shareKey: string;
  /** The plan, `Sequence[primary, rest]` (for tests and debugging). */
  plan: SubscriptionPlan['plan'];
  /**
   * Resolves one emission through the graph as this subscriber sees it: `rootValue` is the value of the
   * Subscription field in the live subgraph's terms (event fields, entities as `{ __typename, id }` stubs). Never
   * rejects: a subgraph down gives partial data and coded errors, formatted as a query's.
   */
  resolve(rootValue: Record<string, unknown>, options: { requestId: string }): Promise<FormattedExecutionResult>;
}

export interface SubscriptionExecutor {
  /** Checks a subscribe request as a query is checked and plans it; refusals are returned, never thrown. */
  prepare(request: SubscribeRequest): SubscriptionRefusal | PreparedSubscription;
  /** The data source of live subgraph `name` (routing URL gateway:live), for Apollo Gateway's buildService. */
  liveDataSource(name: string): LiveDataSource;
}

/** A document checked once whoever sends it: parsed, validated and (per operation name) planned. */
interface CheckedDocument {
  document?: DocumentNode;
  errors?: readonly GraphQLError[];
  plans: Map<string, SubscriptionPlan | GraphQLError>;
}

const MAX_DOCUMENTS = 1_000;

/**
 * Serves subscriptions for any supergraph whose Subscription fields a live subgraph (routing URL `gateway:live`)
 * owns: each subscribe request goes through what POST /graphql runs for a query — token limit and parse,
 * validation with the same rules (graphql-js's, depth, aliases, directives, root fields, cost), the cost with the
 * request's variables, field authorization and the invalid-text check — is planned once with Apollo's query
 * planner, and every emission then runs the plan with Apollo Gateway's executeQueryPlan through the same data
 * sources as queries (signed with the subscriber's caller, so analysts see PII masked).
 */
export function createSubscriptionExecutor(options: SubscriptionExecutorOptions): SubscriptionExecutor {
  const model = lazySupergraphModel(options.supergraphSdl);
  const rules = [...specifiedRules, ...limitValidationRules(options.limits)];
  const checkCost = createVariableCostCheck({
    max: options.limits.maxCost,
    defaultListSize: options.limits.defaultListSize,
    maxPageSize: options.limits.maxPageSize,
  });
  const authorize = createOperationAuthorizer(options.scopeRequirements, options.auth);
  const refuse = (errors: readonly unknown[]): SubscriptionRefusal =>
    formatRequestErrors(errors, options.formatError, 400);

  // Subscribers of a dashboard send the same text again and again: parse, validate and plan it once.
  const documents = new Map<string, CheckedDocument>();
  const checked = (schema: GraphQLSchema, query: string): CheckedDocument => {
    let found = documents.get(query);
    if (found) return found;
    found = { plans: new Map() };
    try {
      found.document = parse(query, { maxTokens: options.limits.maxTokens });
      const errors = validate(schema, found.document, rules);
      if (errors.length > 0)
        found.errors = errors.map((error) => validationError(error, options.limits.hideSchemaDetails));
    } catch (error) {
      found.errors = [syntaxError(error)];
    }
    if (documents.size >= MAX_DOCUMENTS) documents.clear();
    documents.set(query, found);
    return found;
  };
  const planOf = (entry: CheckedDocument, document: DocumentNode, operationName: string | undefined) => {
    const key = operationName ?? '';
    let plan = entry.plans.get(key);
    if (!plan) {
      try {
        plan = model().plan(document, operationName);
      } catch (error) {
        plan = error instanceof GraphQLError ? error : new GraphQLError((error as Error).message);
      }
      entry.plans.set(key, plan);
    }
    return plan;
  };

  return {
    liveDataSource: (name) => new LiveDataSource({ name, schema: () => model().subgraphSchema(name) }),
    prepare(request) {
      if (typeof request.query !== 'string' || request.query.trim() === '') {
        return refuse([
          new GraphQLError('The request has no `query`. Send the subscription document as `query`.', {
            extensions: { code: ApolloServerErrorCode.BAD_REQUEST, http: { status: 400 } },
          }),
        ]);
      }
      const { apiGraphQLSchema: schema } = model();
      const entry = checked(schema, request.query);
      const { document } = entry;
      if (!document || entry.errors) return refuse(entry.errors ?? []);
      const operation = getOperationAST(document, request.operationName);
      if (!operation) return refuse([unresolvedOperation(document.definitions, request.operationName)]);
      if (operation.operation !== 'subscription') {
        return refuse([
          new GraphQLError(
            `This endpoint serves subscriptions, and the operation is a ${operation.operation}. Send queries and mutations to POST /graphql.`,
            { extensions: { code: GatewayErrorCode.NOT_A_SUBSCRIPTION, http: { status: 400 } } },
          ),
        ]);
      }
      // what Apollo Server's didResolveOperation plugins refuse for a query, in the same order
      const variables = request.variables ?? {};
      const refusal =
        checkCost(schema, document, operation, variables) ??
        authorize(request.caller, schema, document, operation) ??
        invalidTextError(document, variables, options.limits.maxStringLength);
      if (refusal) return refuse([refusal]);

      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 25 });
      if (coerced.errors) return refuse(coerced.errors.map(badUserInput));
      const root = rootFieldOf(document, operation);
      const subscriptionType = schema.getSubscriptionType();
      const fieldDefinition = root && subscriptionType?.getFields()[root.name.value];
      if (!root || !fieldDefinition) {
        // validation guarantees one field of the Subscription type; a document that gets here is our bug
        return refuse([new GraphQLError('Invariant failed: a valid subscription without its root field.')]);
      }
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(fieldDefinition, root, coerced.coerced);
      } catch (error) {
        return refuse([badUserInput(error as GraphQLError)]);
      }

      const planned = planOf(entry, document, request.operationName);
      if (planned instanceof GraphQLError) return refuse([planned]);
      const primaryUrl = model().subgraphs.find(({ name }) => name === planned.primary.serviceName)?.url;
      if (!isLiveSubgraphUrl(primaryUrl)) {
        return refuse([
          new GraphQLError(
            `Subscription.${root.name.value} is served by the ${planned.primary.serviceName} subgraph, and this gateway serves only the subscriptions of its own live subgraph (routing URL gateway:live).`,
            { extensions: { code: GatewayErrorCode.SUBSCRIPTION_FIELD_UNSERVED, http: { status: 400 } } },
          ),
        ]);
      }

      const operationContext = buildOperationContext({
        schema,
        operationDocument: document,
        ...(request.operationName !== undefined ? { operationName: request.operationName } : {}),
      });
      const { caller } = request;
      return {
        field: root.name.value,
        args,
        responseKey: root.alias?.value ?? root.name.value,
        shareKey: createHash('sha256')
          .update(
            JSON.stringify([print(document), request.operationName ?? null, coerced.coerced, visibilityOf(caller)]),
          )
          .digest('base64url'),
        plan: planned.plan,
        async resolve(rootValue, { requestId }) {
          const context: GatewayContext = { caller, requestId, liveRoot: rootValue };
          // executeQueryPlan reads the request, the context the data sources receive, the logger, the metrics it
          // records subgraph error paths in, and the schema (failureLayer names the path of a failed fetch with it)
          const requestContext = {
            request: { query: request.query, variables, operationName: request.operationName },
            context,
            logger: options.logger ?? console,
            schema,
            document,
            source: request.query,
            operation,
            operationName: operation.name?.value ?? null,
            metrics: {},
            overallCachePolicy: undefined,
          } as unknown as GatewayGraphQLRequestContext<GatewayContext>;
          let result: Awaited<ReturnType<typeof executeQueryPlan>>;
          try {
            result = await executeQueryPlan(
              planned.plan,
              serviceMap(options.services),
              requestContext,
              operationContext,
              model().supergraphSchema,
              model().apiSchema,
            );
          } catch (error) {
            return { errors: formatRequestErrors([error], options.formatError, 500).errors };
          }
          return {
            data: result.data ?? null,
            ...(result.errors?.length
              ? { errors: formatRequestErrors(result.errors, options.formatError, 200).errors }
              : {}),
          };
        },
      };
    },
  };
}

function serviceMap(services: ReadonlyMap<string, GraphQLDataSource>): ServiceMap {
  return Object.fromEntries(services) as ServiceMap;
}
