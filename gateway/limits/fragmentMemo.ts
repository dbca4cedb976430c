import type { FragmentDefinitionNode } from 'graphql';

/** Where fragments are looked up: a ValidationContext, or a document's fragments by name. */
export interface FragmentSource {
  getFragment(name: string): FragmentDefinitionNode | null | undefined;
}

/**
 * Measures each named fragment once, however often it is spread. This is what makes a "fragment bomb" cheap to
 * reject: fragments that each spread the previous one twice describe 2ⁿ fields in n lines, and a rule that expanded
 * every spread would do 2ⁿ work before refusing it; with the memo, the rules do linear work while the measure
 * itself grows exponentially and trips the limit. A fragment in a cycle, or one that does not exist, measures
 * `empty`: NoFragmentCycles and KnownFragmentNames (graphql-js's own rules) report those.
 */
export function fragmentMemo<T>(
  context: FragmentSource,
  empty: T,
  measure: (fragment: FragmentDefinitionNode) => T,
): (name: string) => T {
  const measured = new Map<string, T>();
  const visiting = new Set<string>();
  return (name) => {
    const known = measured.get(name);
    if (known !== undefined) return known;
    const fragment = context.getFragment(name);
    if (!fragment || visiting.has(name)) return empty;
    visiting.add(name);
    const value = measure(fragment);
    visiting.delete(name);
    measured.set(name, value);
    return value;
  };
}

/** "operation \"Story\"" or "the anonymous operation", for messages. */
export function operationLabel(name: string | undefined): string {
  return name ? `Operation "${name}"` : 'The operation';
}
