import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSubgraphDatabases } from '../../subgraphs/shared';
import { SUBGRAPH_NAMES } from '../../subgraphs/shared/catalog';

/** The variable globalSetup passes the template's folder to the workers in. */
const TEMPLATE_VARIABLE = 'TEST_PGLITE_TEMPLATE';

/**
 * Made once per run by globalSetup: a PGlite data folder with the five schemas migrated, and nothing else. A cold
 * PGlite start runs initdb in WebAssembly, ~7 s of CPU and ~700 MB per start; reopening a copy of this folder costs
 * ~1.5 s and ~300 MB, and every test file that opens a PGlite pays it instead. Made through openSubgraphDatabases,
 * as `npm start` makes its .data/pglite, so the template is what the product creates. Returns the folder to delete
 * at the end of the run; the copies live inside it.
 */
export async function createPgliteTemplate(): Promise<{ root: string; elapsedMs: number }> {
  const started = Date.now();
  const root = mkdtempSync(join(tmpdir(), 'c360-pglite-'));
  const databases = await openSubgraphDatabases({ names: SUBGRAPH_NAMES, dataDir: join(root, 'template') });
  await databases.close();
  process.env[TEMPLATE_VARIABLE] = root;
  return { root, elapsedMs: Date.now() - started };
}

/** A fresh copy of the template for one test's PGlite, to open with openSubgraphDatabases and remove after. */
export function copyPgliteTemplate(): { dataDir: string; remove(): void } {
  const root = process.env[TEMPLATE_VARIABLE];
  if (!root) {
    throw new Error(
      `${TEMPLATE_VARIABLE} is unset: run the tests through jest's main project (test/support/globalSetup.ts makes the PGlite template).`,
    );
  }
  const dataDir = mkdtempSync(join(root, `copy-${process.pid}-`));
  cpSync(join(root, 'template'), dataDir, { recursive: true });
  return { dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}
