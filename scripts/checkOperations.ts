// `npm run schema:check`: would the subgraph schemas as they are now break a saved operation or a persisted
// document? Composes schema/<subgraph>.graphql as `npm run compose` does (without writing anything) and validates
// every operation against the API schema; lists breaking changes against the committed schema/api.graphql.
//   --schema-dir <dir>      the subgraph schemas (schema/)
//   --operations-dir <dir>  the saved operations (operations/)
//   --manifest <file>       the persisted documents (operations/__generated__/persisted-documents.json)
//   --against <file>        the API schema to diff with (schema/api.graphql)
import { join, relative, resolve } from 'node:path';
import { DEFAULT_MANIFEST_PATH } from '../gateway/trustedDocuments/options';
import { checkDocuments } from './schemaCheck/checkDocuments';

const root = join(__dirname, '..');

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  const value = index === -1 ? undefined : process.argv[index + 1];
  return value === undefined ? join(root, fallback) : resolve(value);
}

async function main(): Promise<number> {
  const schemaDir = option('--schema-dir', 'schema');
  const report = await checkDocuments({
    schemaDir,
    operationsDir: option('--operations-dir', 'operations'),
    manifestPath: option('--manifest', DEFAULT_MANIFEST_PATH),
    previousApiSchemaPath: option('--against', 'schema/api.graphql'),
    root,
  });
  if (report.compositionErrors.length > 0) {
    console.error(`The subgraph schemas in ${schemaDir} do not compose (${report.compositionErrors.length} error(s)):`);
    for (const error of report.compositionErrors) console.error(`  - ${error}`);
    return 1;
  }
  for (const change of report.breakingChanges) console.warn(`breaking change: ${change}`);
  for (const line of report.deprecated) console.warn(`deprecated: ${line}`);
  const checked = `${report.operations} saved operations and ${report.persistedDocuments} persisted documents`;
  if (report.broken.length > 0) {
    for (const line of report.broken) console.error(line);
    console.error(`${report.broken.length} problem(s) in ${checked} checked against the composed API schema.`);
    return 1;
  }
  console.log(`${checked} are valid against the API schema composed from ${relative(root, schemaDir) || '.'}/.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
