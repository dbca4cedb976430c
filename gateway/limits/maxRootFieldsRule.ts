import { Kind } from 'graphql';
import type { SelectionSetNode, ValidationRule } from 'graphql';
import { fragmentMemo, operationLabel } from './fragmentMemo';
import { LimitErrorCode, limitError } from './limitErrorCode';

/**
 * Rejects operations selecting more than `max` root fields (aliases included). Each root field is at least one
 * subgraph call, so this bounds the fan-out of one request. Hand-written: GraphQL Armor has no root-field limit, and
 * its max-aliases or cost rules cannot stand in for it (`{ a b c … }` without aliases, priced 1 each, still fans out).
 */
export function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => {
    const fragmentFields = fragmentMemo(context, 0, (fragment) => fieldsIn(fragment.selectionSet));
    function fieldsIn(selectionSet: SelectionSetNode): number {
      let count = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) count += 1;
        else if (selection.kind === Kind.INLINE_FRAGMENT) count += fieldsIn(selection.selectionSet);
        else count += fragmentFields(selection.name.value);
      }
      return count;
    }
    return {
      OperationDefinition(operation) {
        const fields = fieldsIn(operation.selectionSet);
        if (fields <= max) return;
        context.reportError(
          limitError(
            LimitErrorCode.TOO_MANY_ROOT_FIELDS,
            `${operationLabel(operation.name?.value)} selects ${fields} root fields; the gateway allows at most ${max}. Split it into several requests.`,
            [operation],
          ),
        );
      },
    };
  };
}
