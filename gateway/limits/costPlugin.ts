import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { FragmentDefinitionNode } from 'graphql';
import { operationCost, tooComplex } from './maxCostRule';
import type { CostOptions } from './maxCostRule';

/**
 * Prices the operation again with the request's variables: maxCostRule, a validation rule, is cached per document
 * and only knows `first: $n`'s default, so `customerStory` with `{"orders": 100}` would otherwise pass at the price
 * of 10 orders. Runs at didResolveOperation, after validation and before the gateway plans or calls anything.
 */
export function costPlugin(options: CostOptions): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          // no variables: the validation rule has already priced this exactly
          if (!operation || !request.variables || Object.keys(request.variables).length === 0) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          }
          const cost = operationCost(
            schema,
            { getFragment: (name) => fragments.get(name) },
            operation,
            options,
            request.variables,
          );
          if (cost <= options.max) return;
          const error = tooComplex(operation, cost, options);
          // the same status as the validation rule's refusal: the client's operation, not the server, is at fault
          error.extensions['http'] = { status: 400 };
          throw error;
        },
      };
    },
  };
}
