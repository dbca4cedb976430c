import { maxAliasesRule as armorMaxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { armorRule } from './armorRule';
import { operationLabel } from './fragmentMemo';
import { LimitErrorCode, limitError } from './limitErrorCode';

/**
 * Rejects operations with more than `max` aliased fields, counted by GraphQL Armor's max-aliases rule. Aliases are
 * how one request asks for the same expensive field thousands of times (`a1: customer(id: "cus_1") … a9999: …`); a
 * fragment's aliases count once per spread (measured once, so a fragment bomb is cheap to refuse). The allow list
 * is empty: Armor's default lets `x: __typename` through uncounted, and we count every alias.
 */
export function maxAliasesRule(max: number) {
  return armorRule(
    (callbacks) => armorMaxAliasesRule({ n: max, allowList: [], ...callbacks }),
    (operation, aliases) =>
      limitError(
        LimitErrorCode.TOO_MANY_ALIASES,
        `${operationLabel(operation?.name?.value)} uses ${aliases ?? `more than ${max}`} aliases; the gateway allows at most ${max}. Ask for each field once (use a list field or variables), or split the operation into several requests.`,
        operation && [operation],
      ),
  );
}
