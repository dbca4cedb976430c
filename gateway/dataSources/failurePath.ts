import { isObjectType, Kind, parse } from 'graphql';
import type { DocumentNode, GraphQLSchema, SelectionSetNode } from 'graphql';

type Path = (string | number)[];

/**
 * Where, relative to the subgraph operation, the error for a failed call points: the first field the call would
 * have filled. The gateway turns it into a path of the client's response, `customer.orders` rather than
 * `_entities.0.orders`, with the same mapping it uses for errors a subgraph reports itself.
 *
 * Fields the client cannot see (`@inaccessible` inputs of a `@requires`, such as `Customer.shipmentActivity`) are
 * skipped when `schema` (the client-facing API schema) is given: naming them would point at a field the client
 * never asked for and leak an internal name. With none left, the error points at the entity itself.
 */
export function failurePath(
  document: DocumentNode | undefined,
  query: string | undefined,
  schema?: GraphQLSchema,
): Path {
  let parsed = document;
  if (!parsed) {
    if (!query) return [];
    try {
      parsed = parse(query);
    } catch {
      return [];
    }
  }
  const operation = parsed.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return [];
  const [root] = fields(operation.selectionSet);
  if (!root) return [];
  if (root.name !== '_entities') return [root.responseName];
  const visible = (root.selectionSet ? fields(root.selectionSet) : []).find(
    ({ typeName, name }) => !schema || isPublic(schema, typeName, name),
  );
  return visible ? ['_entities', 0, visible.responseName] : ['_entities', 0];
}

interface FieldRef {
  name: string;
  responseName: string;
  /** The type the field was selected on, when an inline fragment names it. */
  typeName: string | undefined;
  selectionSet: SelectionSetNode | undefined;
}

function fields(selectionSet: SelectionSetNode, typeName?: string): FieldRef[] {
  return selectionSet.selections.flatMap((selection): FieldRef[] => {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__typename') return [];
      return [
        {
          name: selection.name.value,
          responseName: selection.alias?.value ?? selection.name.value,
          typeName,
          selectionSet: selection.selectionSet,
        },
      ];
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return fields(selection.selectionSet, selection.typeCondition?.name.value ?? typeName);
    }
    return [];
  });
}

function isPublic(schema: GraphQLSchema, typeName: string | undefined, fieldName: string): boolean {
  if (!typeName) return true;
  const type = schema.getType(typeName);
  return isObjectType(type) && fieldName in type.getFields();
}
