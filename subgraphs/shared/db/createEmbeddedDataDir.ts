// Creates a new embedded PostgreSQL (PGlite) data dir and exits. Run by openEmbeddedPostgres in a process of its own:
// creating a cluster leaves hundreds of MB resident in the process that did it (see createDataDir there).
// Usage: node --require tsx/cjs subgraphs/shared/db/createEmbeddedDataDir.ts <data dir>
//    or, built: node dist/subgraphs/shared/db/createEmbeddedDataDir.js <data dir>
import { setFlagsFromString } from 'node:v8';
import { PGlite } from '@electric-sql/pglite';
import { EMBEDDED_POSTGRES_OPTIONS } from './openEmbeddedPostgres';

async function main(dataDir: string | undefined): Promise<number> {
  if (dataDir === undefined || dataDir.trim() === '') {
    console.error('usage: createEmbeddedDataDir.ts <data dir>');
    return 2;
  }
  // V8's baseline WebAssembly code only (see stack/index.ts): creating a data dir took ~7 s of CPU instead of ~9 s and
  // peaked at ~700 MB instead of ~800 MB, without the optimising recompilation of its hot functions
  setFlagsFromString('--liftoff-only');
  const pglite = await PGlite.create(dataDir, EMBEDDED_POSTGRES_OPTIONS);
  await pglite.close();
  return 0;
}

// The parent holds the other end of stdin and never writes: it closes when the parent exits, however it exits (a
// SIGKILL too). Stop then rather than go on writing a data dir nobody waits for.
process.stdin.once('end', () => process.exit(1));
process.stdin.resume();

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
    process.stdin.destroy();
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
    process.stdin.destroy();
  },
);
