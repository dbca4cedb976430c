import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit } from 'graphql';
import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  OperationDefinitionNode,
} from 'graphql';
import { operationCost, tooComplex } from './maxCostRule';
import type { CostOptions } from './maxCostRule';

/**
 * Prices the operation again with the request's variables: maxCostRule, a validation rule, is cached per document
 * and only knows `first: $n`'s default, so `customerStory` with `{"orders": 100}` would otherwise pass at the price
 * of 10 orders. Runs at didResolveOperation, after validation and before the gateway plans or calls anything.
 */
export function costPlugin(options: CostOptions): ApolloServerPlugin {
  const check = createVariableCostCheck(options);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const error = check(schema, document, operation, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}

/** The costPlugin's check, for the subscription transports too: the refusal (HTTP 400), or undefined. */
export type VariableCostCheck = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
) => GraphQLError | undefined;

export function createVariableCostCheck(options: CostOptions): VariableCostCheck {
  // The price depends on the variables only through `first: $n`: the same document with the same page sizes costs
  // the same whoever it is for. Pricing it once per (document, page sizes) instead of walking it on every request
  // took 1.5 % of the gateway's CPU off each customer story (bench/PROFILE.md). Weak keys: documents Apollo evicts
  // from its cache, or of a replaced schema, are dropped here too; a few page-size combinations per document.
  const priced = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, Map<string, number>>>();
  const pageVariables = new WeakMap<DocumentNode, readonly string[]>();
  const priceOf = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>>,
  ): number => {
    let names = pageVariables.get(document);
    if (!names) pageVariables.set(document, (names = firstVariables(document)));
    const key = JSON.stringify(names.map((name) => variables[name] ?? null));
    let bySchema = priced.get(schema);
    if (!bySchema) priced.set(schema, (bySchema = new WeakMap()));
    let costs = bySchema.get(operation);
    if (!costs) bySchema.set(operation, (costs = new Map()));
    let cost = costs.get(key);
    if (cost === undefined) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
      cost = operationCost(schema, { getFragment: (name) => fragments.get(name) }, operation, options, variables);
      // page sizes come from clients: keep a bounded few per operation
      if (costs.size >= MAX_PRICES_PER_OPERATION) costs.clear();
      costs.set(key, cost);
    }
    return cost;
  };
  return (schema, document, operation, variables) => {
    // no variables: the validation rule has already priced this exactly
    if (!variables || Object.keys(variables).length === 0) return undefined;
    const cost = priceOf(schema, document, operation, variables);
    if (cost <= options.max) return undefined;
    const error = tooComplex(operation, cost, options);
    // the same status as the validation rule's refusal: the client's operation, not the server, is at fault
    error.extensions['http'] = { status: 400 };
    return error;
  };
}

const MAX_PRICES_PER_OPERATION = 64;

/** The variables a document passes as a `first` argument anywhere, fragments included: all the price reads. */
function firstVariables(document: DocumentNode): readonly string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names].sort();
}
