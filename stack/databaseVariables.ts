import { postgresUrlVariable, readVariables, stringVariable } from '../platform/settings';
import type { Env, EnvIssue, VariableSpec } from '../platform/settings';
import { SUBGRAPH_NAMES } from '../subgraphs/shared/catalog';
import type { SubgraphName } from '../subgraphs/shared/catalog';

/** The embedded PGlite's folder when DATA_DIR is unset: `npm start` and `npm run seed` share it. */
export const DEFAULT_DATA_DIR = '.data/pglite';

/** `crm` → CRM_DATABASE_URL. */
export function databaseUrlVariable(name: SubgraphName): string {
  return `${name.toUpperCase()}_DATABASE_URL`;
}

/**
 * DATA_DIR and the <NAME>_DATABASE_URL of each subgraph, as `npm start` and the seeder read them: a subgraph with a
 * URL uses that PostgreSQL database, the others share the embedded PGlite in DATA_DIR.
 */
export function readDatabaseVariables(env: Env): {
  dataDir: string;
  databaseUrls: Partial<Record<SubgraphName, string>>;
  issues: EnvIssue[];
} {
  const urlSpec = (name: SubgraphName): VariableSpec<ReturnType<typeof postgresUrlVariable>> => ({
    schema: postgresUrlVariable(),
    fix: `Set it to the ${name} subgraph's PostgreSQL database, or unset it to use the embedded one`,
  });
  const urls = readVariables(
    env,
    Object.fromEntries(SUBGRAPH_NAMES.map((name) => [databaseUrlVariable(name), urlSpec(name)])),
  );
  const dir = readVariables(env, {
    DATA_DIR: { schema: stringVariable(DEFAULT_DATA_DIR), fix: 'Set DATA_DIR to a writable folder' },
  });
  const databaseUrls: Partial<Record<SubgraphName, string>> = {};
  for (const name of SUBGRAPH_NAMES) {
    const url = urls.values[databaseUrlVariable(name)];
    if (url !== undefined) databaseUrls[name] = url;
  }
  return { dataDir: dir.values.DATA_DIR, databaseUrls, issues: [...dir.issues, ...urls.issues] };
}
