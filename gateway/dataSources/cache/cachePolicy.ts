import { buildSchema, isObjectType, Kind } from 'graphql';
import type { ConstDirectiveNode, GraphQLSchema } from 'graphql';
import { MAX_ENTRY_TTL_SECONDS } from '../../../platform/changeEvents';

/**
 * What the entity cache needs to know of a supergraph: how long each field's answer may be kept (`@cacheTtl`, our
 * own directive linked from https://customer360.example.com/cache/v1.0 and kept by @composeDirective) and how each
 * entity type is identified (its `@key`s, from `@join__type`), to tag every entry with the entities it shows.
 */
export interface CachePolicy {
  /** The supergraph as a graphql-js schema (every field, @inaccessible ones too: subgraph fetches select them). */
  schema: GraphQLSchema;
  /** `Type.field` → TTL in seconds: the field's own @cacheTtl, else its type's; undefined when neither has one. */
  ttlOf(typename: string, field: string): number | undefined;
  /** An entity type's keys, each a list of scalar fields (`[["id"], ["number"]]`); undefined for other types. */
  keysOf(typename: string): readonly (readonly string[])[] | undefined;
}

const TTL_DIRECTIVE = 'cacheTtl';

export function cachePolicy(supergraphSdl: string): CachePolicy {
  // assumeValidSDL: the gateway validated the supergraph already (gateway/supergraph.ts)
  const schema = buildSchema(supergraphSdl, { assumeValidSDL: true });
  const ttls = new Map<string, number>();
  const keys = new Map<string, string[][]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeTtl = ttlIn(type.astNode?.directives);
    for (const field of Object.values(type.getFields())) {
      const ttl = ttlIn(field.astNode?.directives) ?? typeTtl;
      if (ttl !== undefined) ttls.set(`${type.name}.${field.name}`, ttl);
    }
    const typeKeys = keysIn(type.astNode?.directives);
    if (typeKeys.length > 0) keys.set(type.name, typeKeys);
  }
  return {
    schema,
    ttlOf: (typename, field) => ttls.get(`${typename}.${field}`),
    keysOf: (typename) => keys.get(typename),
  };
}

function ttlIn(directives: readonly ConstDirectiveNode[] | undefined): number | undefined {
  const directive = directives?.find(({ name }) => name.value === TTL_DIRECTIVE);
  const value = directive?.arguments?.find(({ name }) => name.value === 'seconds')?.value;
  if (value?.kind !== Kind.INT) return undefined;
  const seconds = Number(value.value);
  // 0 or less means "do not cache"; longer than the cap would outlive the tag versions that invalidate it
  return seconds > 0 ? Math.min(seconds, MAX_ENTRY_TTL_SECONDS) : undefined;
}

/** Scalar field sets from `@join__type(key: "id")`, deduplicated across subgraphs; nested keys are left out. */
function keysIn(directives: readonly ConstDirectiveNode[] | undefined): string[][] {
  const found = new Map<string, string[]>();
  for (const directive of directives ?? []) {
    if (directive.name.value !== 'join__type') continue;
    const key = directive.arguments?.find(({ name }) => name.value === 'key')?.value;
    if (key?.kind !== Kind.STRING || /[{}]/.test(key.value)) continue;
    const fields = key.value
      .split(/[\s,]+/)
      .filter(Boolean)
      .sort();
    if (fields.length > 0) found.set(fields.join(' '), fields);
  }
  return [...found.values()];
}
