// Does a schema change break a client? Every saved operation (operations/*.graphql and operations/console/*.graphql,
// with the shared fragments each spreads appended as the playground and codegen do) and every persisted document in
// the trusted-documents manifest is validated against the API schema composed from schema/<subgraph>.graphql, with
// @graphql-inspector/core's validate. Pure: the CLI (scripts/checkOperations.ts) prints and exits.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CriticalityLevel, diff, validate } from '@graphql-inspector/core';
import { buildSchema, Kind, parse, print, Source, visit } from 'graphql';
import type { ASTNode, DocumentNode, GraphQLSchema } from 'graphql';
import { FRAGMENTS_FOLDER, loadSharedFragments, withSharedFragments } from '../../gateway/playground/sharedFragments';
import { loadManifest } from '../../gateway/trustedDocuments/manifest';
import { composeSchemaDir } from '../composeSchema';

export interface CheckDocumentsOptions {
  /** Where schema/<subgraph>.graphql and live.graphql are. */
  schemaDir: string;
  /** Where the saved operations are: `*.graphql`, `console/*.graphql`, shared fragments in `fragments/`. */
  operationsDir: string;
  /** The persisted-documents manifest (id → text); undefined: none to check. */
  manifestPath: string | undefined;
  /** An API schema to list breaking changes against (the committed schema/api.graphql); undefined: no diff. */
  previousApiSchemaPath: string | undefined;
  /** Paths in messages are relative to this folder (the repository). */
  root: string;
}

export interface CheckDocumentsReport {
  /** Composition errors: nothing else was checked. */
  compositionErrors: string[];
  /** One line per broken document: where it is, which operation, what is wrong and how to fix it. */
  broken: string[];
  /** Deprecated fields the documents still use: not a failure, a reminder. */
  deprecated: string[];
  /** Breaking changes against `previousApiSchemaPath`, whether or not a document uses them. */
  breakingChanges: string[];
  operations: number;
  persistedDocuments: number;
}

const FIX =
  'keep what the operation uses in schema/<subgraph>.graphql (mark it @deprecated and remove it once no client uses it), or change the operation and run `npm run codegen` to regenerate the manifest';

interface Document {
  /** e.g. `operations/customerStory.graphql` or `persisted document sha256:0123abcd…`. */
  where: string;
  text: string;
}

export async function checkDocuments(options: CheckDocumentsOptions): Promise<CheckDocumentsReport> {
  const report: CheckDocumentsReport = {
    compositionErrors: [],
    broken: [],
    deprecated: [],
    breakingChanges: [],
    operations: 0,
    persistedDocuments: 0,
  };
  const composition = composeSchemaDir(options.schemaDir);
  if (!composition.ok) {
    report.compositionErrors = composition.errors;
    return report;
  }
  const schema = composition.apiSchema;
  const operations = savedOperations(options.operationsDir, options.root);
  const persisted = persistedDocuments(options.manifestPath);
  report.operations = operations.length;
  report.persistedDocuments = persisted.length;
  for (const document of [...operations, ...persisted]) {
    const { broken, deprecated } = checkDocument(schema, document);
    report.broken.push(...broken);
    report.deprecated.push(...deprecated);
  }
  if (options.previousApiSchemaPath !== undefined && existsSync(options.previousApiSchemaPath)) {
    const previous = buildSchema(readFileSync(options.previousApiSchemaPath, 'utf8'));
    const changes = await diff(previous, schema);
    const where = relative(options.root, options.previousApiSchemaPath);
    report.breakingChanges = changes
      .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
      .map((change) => `${change.message} (against ${where})`);
  }
  return report;
}

/**
 * Each saved operation as one whole document, as the playground sends it and codegen hashes it: the shared
 * fragments it spreads appended. Codegen pools the fragments of every document it reads, and the console's files
 * spread fragments other console files define, so those count as shared too. A file of fragments only is checked
 * as part of the operations that spread it.
 */
function savedOperations(dir: string, root: string): Document[] {
  const files = [dir, join(dir, 'console')]
    .filter((folder) => existsSync(folder))
    .flatMap((folder) =>
      readdirSync(folder)
        .filter((file) => file.endsWith('.graphql'))
        .sort()
        .map((file) => join(folder, file)),
    )
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const parsed = files.map(({ path, text }) => ({ path, text, document: parseFile(text, path) }));
  const fragments = new Map(loadSharedFragments(join(dir, FRAGMENTS_FOLDER)));
  for (const { document } of parsed) {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
      fragments.set(definition.name.value, { text: print(definition), spreads: spreadsOf(definition) });
    }
  }
  return parsed
    .filter(({ document }) => document.definitions.some(({ kind }) => kind === Kind.OPERATION_DEFINITION))
    .map(({ path, text }) => ({ where: relative(root, path), text: withSharedFragments(text, fragments, path) }));
}

function parseFile(text: string, path: string): DocumentNode {
  try {
    return parse(text);
  } catch (error) {
    throw new Error(`${path} is not a GraphQL document (${(error as Error).message}). Fix the file.`, { cause: error });
  }
}

function spreadsOf(node: ASTNode): string[] {
  const names = new Set<string>();
  visit(node, {
    FragmentSpread(spread) {
      names.add(spread.name.value);
    },
  });
  return [...names];
}

/** The manifest's documents; loadManifest also refuses one whose ids are not the hashes of their texts. */
function persistedDocuments(path: string | undefined): Document[] {
  if (path === undefined) return [];
  return [...loadManifest(path).byId].map(([id, text]) => ({
    where: `persisted document ${id.slice(0, 'sha256:'.length + 12)}…`,
    text,
  }));
}

function checkDocument(schema: GraphQLSchema, document: Document): { broken: string[]; deprecated: string[] } {
  const label = `${document.where} (${operationNames(document.text)})`;
  // one document at a time: each carries its own fragments, and inspector pools fragments across the documents
  // it is given (the same fragment in two documents would be reported as a duplicate)
  const [invalid] = validate(schema, [new Source(document.text, document.where)], { strictFragments: true });
  if (invalid === undefined) return { broken: [], deprecated: [] };
  return {
    broken: invalid.errors.map((error) => `${label}: ${error.message.replace(/\.$/, '')} — ${FIX}.`),
    deprecated: invalid.deprecated.map((error) => `${label}: ${error.message}`),
  };
}

/** `query customerStory`, or `mutation a, query b` for a document with several. */
function operationNames(text: string): string {
  try {
    const names = parse(text).definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION
        ? [`${definition.operation} ${definition.name?.value ?? '(anonymous)'}`]
        : [],
    );
    return names.join(', ') || 'no operation';
  } catch {
    return 'not a GraphQL document';
  }
}
