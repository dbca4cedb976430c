import { Kind } from 'graphql';
import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';

/**
 * The fields a mutation or subscription reads beyond its root fields' own leaves, as `Mutation.openTicket.customer`,
 * once each. `openTicket { id number }` reads nothing more than the ticket it wrote;
 * `openTicket { customer { email } }` reads a customer profile, which needs `graph:read` like any query would.
 * Validation has run, so a field with a selection set is an object, interface or union, and one without is a leaf.
 */
export function nestedReads(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rootTypeName: string,
): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const found = new Set<string>();
  for (const root of fieldsOf(operation.selectionSet, fragments)) {
    if (!root.selectionSet) continue;
    for (const child of fieldsOf(root.selectionSet, fragments)) {
      if (child.selectionSet) found.add(`${rootTypeName}.${root.name.value}.${child.name.value}`);
    }
  }
  return [...found];
}

/**
 * The fields directly in `selectionSet`, through inline fragments and fragment spreads. Each named fragment is
 * opened once per call, so a call is linear in the document (and there are at most GRAPHQL_MAX_ROOT_FIELDS calls
 * per root), and a fragment cycle (which validation refuses anyway) cannot loop.
 */
function fieldsOf(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): FieldNode[] {
  const fields: FieldNode[] = [];
  const opened = new Set<string>();
  const pending: SelectionSetNode[] = [selectionSet];
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const selection of next.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
      else if (!opened.has(selection.name.value)) {
        opened.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return fields;
}
