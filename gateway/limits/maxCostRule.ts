import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
} from 'graphql';
import type {
  FieldNode,
  GraphQLCompositeType,
  GraphQLField,
  OperationDefinitionNode,
  GraphQLSchema,
  SelectionSetNode,
  ValidationRule,
} from 'graphql';
import { fragmentMemo, operationLabel } from './fragmentMemo';
import type { FragmentSource } from './fragmentMemo';
import { LimitErrorCode, limitError } from './limitErrorCode';

export interface CostOptions {
  /** Largest cost allowed. */
  max: number;
  /** Size of a list that nothing sizes (no `first`, e.g. `Order.lines`). */
  defaultListSize: number;
  /** Size assumed for `first: $variable` when the variable has no default: the largest page a subgraph serves. */
  maxPageSize: number;
}

/**
 * A static upper bound of the work an operation asks for, computed from the document before any subgraph is called.
 * Validation results are cached per document, so this rule sees only the variables' defaults; costPlugin.ts prices
 * the operation again with the request's variables once they are known, still before planning:
 *
 * - every field costs 1;
 * - a field with a `first` argument multiplies the cost of its selection by that page size: a literal as written;
 *   a variable's value (in costPlugin), else its default, else `maxPageSize` (the worst page a subgraph serves);
 *   with no `first` given, the argument's default in the schema (`orders(first: Int = 10)`), else
 *   `defaultListSize`;
 * - a list field directly inside such a page (`edges`, `nodes`) is that page, so it does not multiply again;
 * - any other list field (`Order.lines`) multiplies its selection by `defaultListSize`.
 *
 * So `customer { orders(first: 50) { edges { node { lines { sku } } } } }` costs
 * customer 1 + orders 1 + 50 × (edges 1 + node 1 + lines 1 + 10 × sku 1) = 652. It over-counts a little (a page's
 * `totalCount` is counted once per item) and that is fine for a bound. Fragments are measured once each, so a
 * fragment bomb is cheap to price and prices itself out.
 *
 * Hand-written: GraphQL Armor's cost-limit reads only a literal `first`/`last` (no variable, no schema default, no
 * size for an unpaged list, no page that is not multiplied twice), and as a validation rule it can never see the
 * request's variables that costPlugin prices.
 */
export function maxCostRule({ max, defaultListSize, maxPageSize }: CostOptions): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const cost = operationCost(context.getSchema(), context, operation, { defaultListSize, maxPageSize });
      if (cost > max) context.reportError(tooComplex(operation, cost, { max, defaultListSize }));
    },
  });
}

export function tooComplex(
  operation: OperationDefinitionNode,
  cost: number,
  { max, defaultListSize }: Pick<CostOptions, 'max' | 'defaultListSize'>,
) {
  const shown = Number.isFinite(cost) ? String(cost) : 'more than can be counted';
  return limitError(
    LimitErrorCode.QUERY_TOO_COMPLEX,
    `${operationLabel(operation.name?.value)} would cost ${shown}; the gateway allows at most ${max}. Each field costs 1 and a list multiplies the fields inside it by its page size (\`first\`, else ${defaultListSize}). Ask for smaller pages, fewer nested lists, or split the operation.`,
    [operation],
  );
}

/** The cost of `operation` (see maxCostRule); `variables` are the request's, when known. */
export function operationCost(
  schema: GraphQLSchema,
  fragments: FragmentSource,
  operation: OperationDefinitionNode,
  { defaultListSize, maxPageSize }: Omit<CostOptions, 'max'>,
  variables: Readonly<Record<string, unknown>> = {},
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0; // KnownOperationTypes… graphql-js reports an operation type the schema lacks
  const context = { getSchema: () => schema, getFragment: (name: string) => fragments.getFragment(name) };
  const variableSizes = new Map(
    (operation.variableDefinitions ?? []).map((definition) => {
      const name = definition.variable.name.value;
      const given = variables[name];
      return [name, given ?? (definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : undefined)];
    }),
  );

  /** The page size a field asks for, or undefined for a field without `first`. */
  function pageSize(field: FieldNode, definition: GraphQLField<unknown, unknown>): number | undefined {
    const argument = definition.args.find(({ name }) => name === 'first');
    if (!argument) return undefined;
    const given = field.arguments?.find(({ name }) => name.value === 'first')?.value;
    let size: unknown = argument.defaultValue ?? defaultListSize;
    if (given?.kind === Kind.VARIABLE) size = variableSizes.get(given.name.value) ?? maxPageSize;
    else if (given) size = valueFromASTUntyped(given);
    // a negative or non-numeric page is the subgraph's to reject; price it as the worst case meanwhile
    return typeof size === 'number' && size >= 0 ? size : maxPageSize;
  }

  // the same fragment costs differently inside a page (its lists are that page) and outside
  const inPage = fragmentMemo(context, 0, (fragment) =>
    fragmentCost(fragment.typeCondition.name.value, fragment.selectionSet, true),
  );
  const outside = fragmentMemo(context, 0, (fragment) =>
    fragmentCost(fragment.typeCondition.name.value, fragment.selectionSet, false),
  );
  function fragmentCost(typeName: string, selectionSet: SelectionSetNode, paged: boolean): number {
    const type = context.getSchema().getType(typeName);
    return type && isCompositeType(type) ? costOf(selectionSet, type, paged) : 0;
  }

  function costOf(selectionSet: SelectionSetNode, parent: GraphQLCompositeType, paged: boolean): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        cost += (paged ? inPage : outside)(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        cost += condition
          ? fragmentCost(condition, selection.selectionSet, paged)
          : costOf(selection.selectionSet, parent, paged);
      } else {
        cost += 1;
        const definition =
          isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        // unknown fields are FieldsOnCorrectType's to report; __typename and other leaves cost just 1
        if (!definition || !selection.selectionSet) continue;
        const child = getNamedType(definition.type);
        if (!isCompositeType(child)) continue;
        const size = pageSize(selection, definition);
        const isList = isListType(getNullableType(definition.type));
        const multiplier = size ?? (isList && !paged ? defaultListSize : 1);
        cost += multiplier * costOf(selection.selectionSet, child, size !== undefined);
      }
    }
    return cost;
  }

  return costOf(operation.selectionSet, root, false);
}
