import { getNamedType, isAbstractType, isCompositeType, isObjectType, Kind } from 'graphql';
import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLObjectType,
  SelectionSetNode,
} from 'graphql';
import { entityTag } from '../../../platform/changeEvents';
import type { CachePolicy } from './cachePolicy';

/** Fragments of the fetch's document by name, for spreads. */
export type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

interface Walk {
  policy: CachePolicy;
  fragments: Fragments;
  tags: Set<string>;
}

/**
 * Adds to `tags` every entity the answer `value` shows (by each key whose fields it carries) and returns true;
 * returns false when the answer shows an entity it does not identify (none of its keys selected): a write to that
 * entity could not find the entry, so the answer must not be cached. `identified` names the type of the top object
 * when its tag is known already (an `_entities` representation, a root field's key arguments).
 */
export function answerTags(
  policy: CachePolicy,
  fragments: Fragments,
  selectionSet: SelectionSetNode,
  type: GraphQLCompositeType,
  value: unknown,
  tags: Set<string>,
  identified?: string,
): boolean {
  return walk({ policy, fragments, tags }, selectionSet, type, value, identified);
}

function walk(
  context: Walk,
  selectionSet: SelectionSetNode,
  type: GraphQLCompositeType,
  value: unknown,
  identified?: string,
): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.every((item) => walk(context, selectionSet, type, item, identified));
  if (typeof value !== 'object') return true;
  const object = value as Record<string, unknown>;
  const runtime = runtimeType(context, type, object);
  if (!runtime) return false; // an abstract type without __typename: cannot tell what it is
  const fields = collectFields(context, selectionSet, runtime, new Map());
  const keys = context.policy.keysOf(runtime.name);
  // tagged by every key it carries, even when identified already: a write may name it by another key
  if (keys && !tagEntity(context, runtime.name, keys, fields, object) && runtime.name !== identified) return false;
  for (const [responseName, nodes] of fields) {
    const fieldName = nodes[0]?.name.value;
    if (fieldName === undefined || fieldName.startsWith('__')) continue;
    const field = runtime.getFields()[fieldName];
    if (!field) return false; // a field the supergraph does not know: be safe
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) continue;
    for (const node of nodes) {
      if (node.selectionSet && !walk(context, node.selectionSet, named, object[responseName])) return false;
    }
  }
  return true;
}

function runtimeType(context: Walk, type: GraphQLCompositeType, object: Record<string, unknown>) {
  const typename = object['__typename'];
  if (typeof typename === 'string') {
    const named = context.policy.schema.getType(typename);
    return isObjectType(named) ? named : undefined;
  }
  return isObjectType(type) ? type : undefined;
}

/** Tags the entity by every key it carries; false when it carries none. */
function tagEntity(
  context: Walk,
  typename: string,
  keys: readonly (readonly string[])[],
  fields: ReadonlyMap<string, FieldNode[]>,
  object: Record<string, unknown>,
): boolean {
  const responseNameOf = new Map<string, string>();
  for (const [responseName, nodes] of fields) {
    const name = nodes[0]?.name.value;
    if (name !== undefined && !responseNameOf.has(name)) responseNameOf.set(name, responseName);
  }
  let tagged = false;
  for (const key of keys) {
    const values: Record<string, string | number> = {};
    for (const field of key) {
      const responseName = responseNameOf.get(field);
      const fieldValue = responseName === undefined ? undefined : object[responseName];
      if (typeof fieldValue === 'string' || typeof fieldValue === 'number') values[field] = fieldValue;
    }
    if (Object.keys(values).length !== key.length) continue;
    context.tags.add(entityTag(typename, values));
    tagged = true;
  }
  return tagged;
}

/** graphql-js's CollectFields, for one object type, without @skip/@include (the planner sends them resolved). */
function collectFields(
  context: Walk,
  selectionSet: SelectionSetNode,
  runtime: GraphQLObjectType,
  fields: Map<string, FieldNode[]>,
): Map<string, FieldNode[]> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const responseName = selection.alias?.value ?? selection.name.value;
      fields.set(responseName, [...(fields.get(responseName) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(context, selection.typeCondition?.name.value, runtime))
        collectFields(context, selection.selectionSet, runtime, fields);
    } else {
      const fragment = context.fragments.get(selection.name.value);
      if (fragment && applies(context, fragment.typeCondition.name.value, runtime))
        collectFields(context, fragment.selectionSet, runtime, fields);
    }
  }
  return fields;
}

function applies(context: Walk, condition: string | undefined, runtime: GraphQLObjectType): boolean {
  if (condition === undefined || condition === runtime.name) return true;
  const type = context.policy.schema.getType(condition);
  return type !== undefined && isAbstractType(type) && context.policy.schema.isSubType(type, runtime);
}
