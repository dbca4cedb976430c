import { visitInParallel } from 'graphql';
import type { ASTVisitor, GraphQLError, OperationDefinitionNode, ValidationContext, ValidationRule } from 'graphql';

/** The callback options every GraphQL Armor rule takes (@escape.tech/graphql-armor-types, stated here by shape). */
export interface ArmorCallbacks {
  onReject: ((context: ValidationContext | null, error: GraphQLError) => void)[];
  propagateOnRejection: false;
}

/** "Syntax Error: Query depth limit of 12 exceeded, found 14." → 14 (every Armor limit ends its message so). */
const FOUND = /found (\d+)\.?$/;

/**
 * Runs a GraphQL Armor rule but refuses with our error (a LimitErrorCode, the operation's name and location, a
 * message that names the fix). Armor's own rejection throws out of `validate`, which Apollo would answer with 500,
 * and says "Syntax Error" without a code; so we turn propagation off and report through the validation context,
 * which Apollo answers with 400. A visitor running in parallel, before Armor's, remembers which operation is being
 * measured, since Armor's callback is not told. `found` is the measure Armor reports, undefined should its wording
 * change (the message then says "more than" the limit).
 */
export function armorRule(
  rule: (callbacks: ArmorCallbacks) => (context: ValidationContext) => ASTVisitor,
  refuse: (operation: OperationDefinitionNode | undefined, found: number | undefined) => GraphQLError,
): ValidationRule {
  return (context) => {
    let operation: OperationDefinitionNode | undefined;
    const armor = rule({
      propagateOnRejection: false,
      onReject: [
        (_context, error) => {
          const found = FOUND.exec(error.message)?.[1];
          context.reportError(refuse(operation, found === undefined ? undefined : Number(found)));
        },
      ],
    })(context);
    return visitInParallel([
      {
        OperationDefinition(node) {
          operation = node;
        },
      },
      armor,
    ]);
  };
}
