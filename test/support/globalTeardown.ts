import { rmSync } from 'node:fs';

// Runs once after all tests: removes what globalSetup built in the temporary folder (the console build, the PGlite
// template and any copy a crashed test file left), ~40 MB a run that would otherwise pile up.
export default function globalTeardown(): void {
  for (const variable of ['CONSOLE_TEST_DIR', 'TEST_PGLITE_TEMPLATE']) {
    const dir = process.env[variable];
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
