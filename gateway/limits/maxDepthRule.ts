import { Kind } from 'graphql';
import type { SelectionSetNode, ValidationRule } from 'graphql';
import { fragmentMemo, operationLabel } from './fragmentMemo';
import { LimitErrorCode, limitError } from './limitErrorCode';

/**
 * Rejects operations nested deeper than `max` fields. `{ customer { orders { edges { node { number } } } } }` is 5
 * deep; fragments and inline fragments add no level of their own, but their fields count where they are spread.
 * Introspection's `ofType` adds no level either: it unwraps `[Order!]!` one wrapper at a time, so the query every
 * GraphQL IDE sends nests it 7 deep (15 levels in all), and it cannot recurse by itself: `fields { type { … } }`
 * still counts 2 levels per round.
 */
export function maxDepthRule(max: number): ValidationRule {
  return (context) => {
    const fragmentDepth = fragmentMemo(context, 0, (fragment) => depthOf(fragment.selectionSet));
    function depthOf(selectionSet: SelectionSetNode): number {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        const depth =
          selection.kind === Kind.FIELD
            ? (selection.name.value === 'ofType' ? 0 : 1) +
              (selection.selectionSet ? depthOf(selection.selectionSet) : 0)
            : selection.kind === Kind.INLINE_FRAGMENT
              ? depthOf(selection.selectionSet)
              : fragmentDepth(selection.name.value);
        deepest = Math.max(deepest, depth);
      }
      return deepest;
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet);
        if (depth <= max) return;
        context.reportError(
          limitError(
            LimitErrorCode.QUERY_TOO_DEEP,
            `${operationLabel(operation.name?.value)} is ${depth} levels deep; the gateway allows at most ${max}. Ask for less nested data, or fetch the nested objects with their own query (e.g. order(number:) instead of customer → orders → …).`,
            [operation],
          ),
        );
      },
    };
  };
}
