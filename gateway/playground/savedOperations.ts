import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SavedOperationError } from './savedOperationError';
import { FRAGMENTS_FOLDER, loadSharedFragments, withSharedFragments } from './sharedFragments';
import type { SharedFragments } from './sharedFragments';

/**
 * A ready-made operation the playground opens as a tab: operations/<name>.graphql (+ <name>.variables.json), with
 * the shared fragments (operations/fragments/) it spreads appended.
 */
export interface SavedOperation {
  /** The file name without `.graphql`, e.g. `customerStory`. */
  name: string;
  /** The file's first `#` comment line: what the operation is for. */
  description: string;
  /** The file's text and the shared fragments it spreads: a whole document, ready to send. */
  query: string;
  /** The example variables as pretty JSON, or undefined when the file has none. */
  variables: string | undefined;
}

/** The repository's saved operations. */
export const OPERATIONS_DIR = join(__dirname, '..', '..', 'operations');

/** The customer story opens first: it is the one query that shows what the graph is for. */
export const FIRST_OPERATIONS = ['customerStory', 'whereIsMyOrder'];

/**
 * Reads every `*.graphql` in `dir`, `first` ones first (in that order), the rest by name; `dir/fragments/` holds
 * the fragments they share. A missing folder means no saved operations: the gateway serves any supergraph, and
 * only ours comes with examples.
 */
export function loadSavedOperations(
  dir: string = OPERATIONS_DIR,
  first: readonly string[] = FIRST_OPERATIONS,
): SavedOperation[] {
  if (!existsSync(dir)) return [];
  const fragments = loadSharedFragments(join(dir, FRAGMENTS_FOLDER));
  const rank = (name: string) => (first.includes(name) ? first.indexOf(name) : first.length);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readSavedOperation(dir, basename(file, '.graphql'), fragments))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/** One saved operation, as the playground runs it: for the bench and tests, which send what agents send. */
export function loadSavedOperation(name: string, dir: string = OPERATIONS_DIR): SavedOperation {
  if (!existsSync(join(dir, `${name}.graphql`))) {
    throw new SavedOperationError(`There is no saved operation "${name}": ${dir} has no ${name}.graphql.`);
  }
  return readSavedOperation(dir, name, loadSharedFragments(join(dir, FRAGMENTS_FOLDER)));
}

function readSavedOperation(dir: string, name: string, fragments: SharedFragments): SavedOperation {
  const file = join(dir, `${name}.graphql`);
  const query = withSharedFragments(readFileSync(file, 'utf8'), fragments, file);
  const comment = /^\s*#\s*(\S.*)$/.exec(query.split('\n').find((line) => line.trim() !== '') ?? '');
  const variablesFile = join(dir, `${name}.variables.json`);
  let variables: string | undefined;
  if (existsSync(variablesFile)) {
    try {
      variables = JSON.stringify(JSON.parse(readFileSync(variablesFile, 'utf8')), null, 2);
    } catch (error) {
      throw new SavedOperationError(
        `${variablesFile} is not valid JSON (${(error as Error).message}). Fix the file or delete it.`,
        {
          cause: error,
        },
      );
    }
  }
  return { name, description: comment?.[1]?.trim() ?? name, query, variables };
}
