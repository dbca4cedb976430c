import { Kind } from 'graphql';
import type { SelectionSetNode, ValidationRule } from 'graphql';
import { fragmentMemo, operationLabel } from './fragmentMemo';
import { LimitErrorCode, limitError } from './limitErrorCode';

/**
 * Rejects operations with more than `max` aliased fields. Aliases are how one request asks for the same expensive
 * field thousands of times (`a1: customer(id: "cus_1") … a9999: …`); a fragment's aliases count once per spread.
 */
export function maxAliasesRule(max: number): ValidationRule {
  return (context) => {
    const fragmentAliases = fragmentMemo(context, 0, (fragment) => aliasesIn(fragment.selectionSet));
    function aliasesIn(selectionSet: SelectionSetNode): number {
      let count = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          count += (selection.alias ? 1 : 0) + (selection.selectionSet ? aliasesIn(selection.selectionSet) : 0);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          count += aliasesIn(selection.selectionSet);
        } else {
          count += fragmentAliases(selection.name.value);
        }
      }
      return count;
    }
    return {
      OperationDefinition(operation) {
        const aliases = aliasesIn(operation.selectionSet);
        if (aliases <= max) return;
        context.reportError(
          limitError(
            LimitErrorCode.TOO_MANY_ALIASES,
            `${operationLabel(operation.name?.value)} uses ${aliases} aliases; the gateway allows at most ${max}. Ask for each field once (use a list field or variables), or split the operation into several requests.`,
            [operation],
          ),
        );
      },
    };
  };
}
