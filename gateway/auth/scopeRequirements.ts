import { Kind, parse } from 'graphql';
import type { ConstValueNode } from 'graphql';
import type { Scope } from '../../platform/caller';

/**
 * `Type.field` → the scopes it requires, read from the supergraph's `@authorize(anyOf:)`: the outer list is "any
 * of", the inner "all of" — `[["tickets:write"]]` means tickets:write alone will do.
 */
export type ScopeRequirements = ReadonlyMap<string, readonly (readonly string[])[]>;

/**
 * Reads every `@authorize` the subgraphs declared and composition carried into the supergraph (our own directive,
 * linked from https://customer360.example.com/access/v1.0 and kept by @composeDirective). Federation's own
 * `@requiresScopes` would read the same, but @apollo/gateway refuses any supergraph that links it ("for: SECURITY
 * but is unsupported": only Apollo Router enforces it), so we declare ours and enforce it in authorizationPlugin.
 */
export function scopeRequirements(supergraphSdl: string): ScopeRequirements {
  const requirements = new Map<string, string[][]>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    ) {
      continue;
    }
    for (const field of definition.fields ?? []) {
      for (const directive of field.directives ?? []) {
        if (directive.name.value !== 'authorize') continue;
        const scopes = directive.arguments?.find((argument) => argument.name.value === 'anyOf')?.value;
        if (scopes) requirements.set(`${definition.name.value}.${field.name.value}`, listOfLists(scopes));
      }
    }
  }
  return requirements;
}

function listOfLists(value: ConstValueNode): string[][] {
  if (value.kind !== Kind.LIST) return [];
  return value.values.map((inner) =>
    inner.kind === Kind.LIST
      ? inner.values.flatMap((scope) => (scope.kind === Kind.STRING ? [scope.value] : []))
      : inner.kind === Kind.STRING
        ? [inner.value]
        : [],
  );
}

/** Whether `granted` satisfies one of the alternatives. */
export function satisfies(granted: readonly Scope[], alternatives: readonly (readonly string[])[]): boolean {
  return alternatives.some((all) => all.every((scope) => (granted as readonly string[]).includes(scope)));
}
