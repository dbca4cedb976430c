import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Kind, parse, visit } from 'graphql';
import type { DocumentNode } from 'graphql';
import { SavedOperationError } from './savedOperationError';

/** The folder, inside the saved operations' folder, that holds the fragments they share. */
export const FRAGMENTS_FOLDER = 'fragments';

/** A fragment saved operations share: `fragments/<Name>.graphql` holds `fragment <Name> on …` and nothing else. */
export interface SharedFragment {
  /** The file's text, comments included: the playground shows it below the operation that spreads it. */
  text: string;
  /** The fragments it spreads itself. */
  spreads: readonly string[];
}

/** Shared fragments by name. */
export type SharedFragments = ReadonlyMap<string, SharedFragment>;

/** Reads `<dir>/*.graphql`, one fragment a file, named after the file. A missing folder shares nothing. */
export function loadSharedFragments(dir: string): SharedFragments {
  const fragments = new Map<string, SharedFragment>();
  if (!existsSync(dir)) return fragments;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.graphql'))) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const document = parseFile(text, path);
    const name = basename(file, '.graphql');
    const [definition, ...others] = document.definitions;
    if (definition?.kind !== Kind.FRAGMENT_DEFINITION || definition.name.value !== name || others.length > 0) {
      throw new SavedOperationError(
        `${path} must hold one fragment, \`fragment ${name} on …\`, and nothing else: a shared fragment is found by its file name. Rename the file after its fragment, or move other definitions to files of their own.`,
      );
    }
    fragments.set(name, { text, spreads: spreadsOf(document) });
  }
  return fragments;
}

/**
 * `text` followed by every shared fragment it spreads, directly or through another one, each once, in the order
 * first spread. A request carries one whole document, so the playground's tab, the bench and the tests must send
 * the fragments with the operation; codegen does the same for the typed documents and the manifest.
 */
export function withSharedFragments(text: string, fragments: SharedFragments, path: string): string {
  const document = parseFile(text, path);
  // a fragment the file defines itself wins over a shared one of the same name (GraphQL allows one definition)
  const defined = new Set(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])),
  );
  const appended: string[] = [];
  const pending = spreadsOf(document).filter((name) => !defined.has(name));
  for (let name = pending.shift(); name !== undefined; name = pending.shift()) {
    if (defined.has(name)) continue;
    const fragment = fragments.get(name);
    if (fragment === undefined) {
      throw new SavedOperationError(
        `${path} spreads ...${name}, which neither it nor ${FRAGMENTS_FOLDER}/ defines. Fix the name, or add ${FRAGMENTS_FOLDER}/${name}.graphql holding \`fragment ${name} on …\`.`,
      );
    }
    defined.add(name);
    appended.push(fragment.text.trimEnd());
    pending.push(...fragment.spreads);
  }
  return appended.length === 0 ? text : [text.trimEnd(), ...appended].join('\n\n') + '\n';
}

function parseFile(text: string, path: string): DocumentNode {
  try {
    return parse(text);
  } catch (error) {
    throw new SavedOperationError(`${path} is not a GraphQL document (${(error as Error).message}). Fix the file.`, {
      cause: error,
    });
  }
}

/** The names of the fragments `document` spreads, each once, in document order. */
function spreadsOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    FragmentSpread(node) {
      names.add(node.name.value);
    },
  });
  return [...names];
}
