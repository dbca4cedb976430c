import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildConsole } from '../../console/build/buildConsole';
import { createPgliteTemplate } from './pgliteTemplate';
import { checkPostgres } from './postgres';

// Runs once before all tests: builds what the test files share (the console, the migrated PGlite template) and says
// loudly whether the PostgreSQL variants of the data-layer and integration tests will run. In CI they must: a CI
// without PostgreSQL fails here rather than passing on PGlite alone. Workers inherit the variables set here.
export default async function globalSetup(): Promise<void> {
  // the console's browser tests serve one fresh build, made here once; the PGlite template starts meanwhile
  const consoleDir = mkdtempSync(join(tmpdir(), 'c360-console-'));
  const [build, template] = await Promise.all([buildConsole({ outDir: consoleDir }), createPgliteTemplate()]);
  process.env['CONSOLE_TEST_DIR'] = consoleDir;
  process.stdout.write(`\nConsole built for the browser tests in ${build.elapsedMs} ms → ${consoleDir}\n`);
  process.stdout.write(`PGlite template migrated in ${template.elapsedMs} ms → ${template.root}\n`);
  const status = await checkPostgres();
  if (status.available) {
    process.stdout.write(`\nPostgreSQL tests run against ${status.display}.\n`);
    return;
  }
  if (process.env['CI']) {
    throw new Error(
      `CI needs PostgreSQL for the data-layer and integration tests, but ${status.display} is unreachable: ${status.reason}`,
    );
  }
  // workers inherit the environment, so this narrows ENGINES (test/support/testDatabases.ts) for the run
  process.env['TEST_ENGINES'] = 'pglite';
  process.stdout.write(
    `\nPostgreSQL at ${status.display} is unreachable (${status.reason}); only the PGlite variants run. ` +
      'Set TEST_POSTGRES_URL to a server where this user may CREATE DATABASE to run them too.\n',
  );
}
