import { maxDirectivesRule as armorMaxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { armorRule } from './armorRule';
import { operationLabel } from './fragmentMemo';
import { LimitErrorCode, limitError } from './limitErrorCode';

/**
 * Rejects operations carrying more than `max` directives (`@include`, `@skip`, and any unknown one), counted by
 * GraphQL Armor's max-directives rule through fragments, once per spread. Without it, `{ ping @a @a @a … }` makes
 * every validation rule that looks at directives do work per copy, within the token limit alone.
 */
export function maxDirectivesRule(max: number) {
  return armorRule(
    (callbacks) => armorMaxDirectivesRule({ n: max, ...callbacks }),
    (operation, directives) =>
      limitError(
        LimitErrorCode.TOO_MANY_DIRECTIVES,
        `${operationLabel(operation?.name?.value)} uses ${directives ?? `more than ${max}`} directives; the gateway allows at most ${max}. Remove repeated or unneeded directives (@include, @skip), or split the operation into several requests.`,
        operation && [operation],
      ),
  );
}
