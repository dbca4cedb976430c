import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** A ready-made operation the playground opens as a tab: operations/<name>.graphql (+ <name>.variables.json). */
export interface SavedOperation {
  /** The file name without `.graphql`, e.g. `customerStory`. */
  name: string;
  /** The file's first `#` comment line: what the operation is for. */
  description: string;
  query: string;
  /** The example variables as pretty JSON, or undefined when the file has none. */
  variables: string | undefined;
}

/** The repository's saved operations. */
export const OPERATIONS_DIR = join(__dirname, '..', '..', 'operations');

/** The customer story opens first: it is the one query that shows what the graph is for. */
export const FIRST_OPERATIONS = ['customerStory', 'whereIsMyOrder'];

/**
 * Reads every `*.graphql` in `dir`, `first` ones first (in that order), the rest by name. A missing folder means
 * no saved operations: the gateway serves any supergraph, and only ours comes with examples.
 */
export function loadSavedOperations(
  dir: string = OPERATIONS_DIR,
  first: readonly string[] = FIRST_OPERATIONS,
): SavedOperation[] {
  if (!existsSync(dir)) return [];
  const rank = (name: string) => (first.includes(name) ? first.indexOf(name) : first.length);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readSavedOperation(dir, basename(file, '.graphql')))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

function readSavedOperation(dir: string, name: string): SavedOperation {
  const query = readFileSync(join(dir, `${name}.graphql`), 'utf8');
  const comment = /^\s*#\s*(\S.*)$/.exec(query.split('\n').find((line) => line.trim() !== '') ?? '');
  const variablesFile = join(dir, `${name}.variables.json`);
  let variables: string | undefined;
  if (existsSync(variablesFile)) {
    try {
      variables = JSON.stringify(JSON.parse(readFileSync(variablesFile, 'utf8')), null, 2);
    } catch (error) {
      throw new Error(`${variablesFile} is not valid JSON (${(error as Error).message}). Fix the file or delete it.`, {
        cause: error,
      });
    }
  }
  return { name, description: comment?.[1]?.trim() ?? name, query, variables };
}
