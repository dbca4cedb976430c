import { maxDepthRule as armorMaxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { armorRule } from './armorRule';
import { operationLabel } from './fragmentMemo';
import { LimitErrorCode, limitError } from './limitErrorCode';

/**
 * Rejects operations nested deeper than `max` fields, measured by GraphQL Armor's max-depth rule.
 * `{ customer { orders { edges { node { number } } } } }` is 5 deep; with `flattenFragments`, fragments and inline
 * fragments add no level of their own, but their fields count where they are spread (each fragment is measured once,
 * so a fragment bomb is cheap to refuse). With `ignoreIntrospection`, a `__schema` query is not measured: the one
 * every GraphQL IDE sends nests `ofType` 15 levels deep, and graphql-js's own MaxIntrospectionDepthRule (run by
 * Apollo with the specified rules) already refuses a `__schema` that recurses through `fields { type { fields … } }`.
 * A `__type(name:)` query is measured like any other, `ofType` levels included.
 */
export function maxDepthRule(max: number) {
  return armorRule(
    (callbacks) => armorMaxDepthRule({ n: max, flattenFragments: true, ignoreIntrospection: true, ...callbacks }),
    (operation, depth) =>
      limitError(
        LimitErrorCode.QUERY_TOO_DEEP,
        `${operationLabel(operation?.name?.value)} is ${depth ?? `more than ${max}`} levels deep; the gateway allows at most ${max}. Ask for less nested data, or fetch the nested objects with their own query (e.g. order(number:) instead of customer → orders → …).`,
        operation && [operation],
      ),
  );
}
