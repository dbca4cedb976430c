import { getNamedType, isCompositeType, Kind, parse } from 'graphql';
import type { FieldNode, FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import type { CachePolicy } from './cachePolicy';
import { answerTags } from './answerTags';
import type { Fragments } from './answerTags';

/**
 * What the cache makes of one subgraph fetch (a query text the planner sends, parsed once): whether it may be
 * cached, for how long, and how to find the entities its answer depends on.
 */
export type FetchShape =
  | { cacheable: false }
  | {
      cacheable: true;
      kind: 'entities';
      ttlSeconds: number;
      /** The entities an `_entities` answer shows, besides the representation's own; undefined: do not cache it. */
      tagsOfEntity(typename: string, entity: unknown): Set<string> | undefined;
    }
  | {
      cacheable: true;
      kind: 'root';
      ttlSeconds: number;
      /** The entities a root fetch's answer shows; undefined: do not cache it. */
      tagsOfRoot(data: Record<string, unknown>): Set<string> | undefined;
    };

const NOT_CACHEABLE: FetchShape = { cacheable: false };

export function fetchShape(policy: CachePolicy, query: string): FetchShape {
  const operations: OperationDefinitionNode[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  try {
    for (const definition of parse(query).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
      else if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  } catch {
    return NOT_CACHEABLE; // the subgraph will say what is wrong with it
  }
  const [operation] = operations;
  if (operations.length !== 1 || operation?.operation !== 'query') return NOT_CACHEABLE;
  const rootFields = operation.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD);
  if (rootFields.length !== operation.selectionSet.selections.length) return NOT_CACHEABLE;
  const entities = rootFields.length === 1 && rootFields[0]?.name.value === '_entities' ? rootFields[0] : undefined;
  return entities ? entitiesShape(policy, fragments, entities) : rootShape(policy, fragments, operation, rootFields);
}

function entitiesShape(policy: CachePolicy, fragments: Fragments, entities: FieldNode): FetchShape {
  const selectionSet = entities.selectionSet;
  if (!selectionSet) return NOT_CACHEABLE;
  const ttl = shortestTtl(policy, fragments, selectionSet, undefined);
  if (ttl === undefined) return NOT_CACHEABLE;
  return {
    cacheable: true,
    kind: 'entities',
    ttlSeconds: ttl,
    tagsOfEntity(typename, entity) {
      const type = policy.schema.getType(typename);
      if (!type || !isCompositeType(type)) return undefined;
      const tags = new Set<string>();
      return answerTags(policy, fragments, selectionSet, type, entity, tags, typename) ? tags : undefined;
    },
  };
}

function rootShape(
  policy: CachePolicy,
  fragments: Fragments,
  operation: OperationDefinitionNode,
  rootFields: readonly FieldNode[],
): FetchShape {
  const queryType = policy.schema.getQueryType();
  if (!queryType) return NOT_CACHEABLE;
  const ttl = shortestTtl(policy, fragments, operation.selectionSet, queryType.name);
  if (ttl === undefined) return NOT_CACHEABLE;
  return {
    cacheable: true,
    kind: 'root',
    ttlSeconds: ttl,
    // Arguments do not identify the answer (subgraphs normalise them: `ord-100001` finds ORD-100001), so the
    // answer itself must carry the keys of every entity it shows; the planner selects them whenever another
    // subgraph continues from there, as for `customer(id:)` and `orderByNumber` in the saved operations.
    tagsOfRoot(data) {
      const tags = new Set<string>();
      for (const node of rootFields) {
        const responseName = node.alias?.value ?? node.name.value;
        const field = queryType.getFields()[node.name.value];
        const named = field && getNamedType(field.type);
        if (!named || !isCompositeType(named) || !node.selectionSet) continue;
        if (!answerTags(policy, fragments, node.selectionSet, named, data[responseName], tags)) {
          return undefined;
        }
      }
      return tags;
    },
  };
}

/**
 * The shortest TTL among the fields selected at the top of `selectionSet` (of `typename`, or of each inline
 * fragment's type for `_entities`); undefined when one of them has none, which makes the whole fetch uncacheable.
 */
function shortestTtl(
  policy: CachePolicy,
  fragments: Fragments,
  selectionSet: SelectionSetNode,
  typename: string | undefined,
): number | undefined {
  let shortest = Number.POSITIVE_INFINITY;
  for (const selection of selectionSet.selections) {
    let ttl: number | undefined;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__typename') continue;
      ttl = typename === undefined ? undefined : policy.ttlOf(typename, selection.name.value);
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      if (!fragment) return undefined;
      ttl = shortestTtl(policy, fragments, fragment.selectionSet, fragment.typeCondition?.name.value ?? typename);
    }
    if (ttl === undefined) return undefined;
    shortest = Math.min(shortest, ttl);
  }
  return Number.isFinite(shortest) ? shortest : undefined;
}
