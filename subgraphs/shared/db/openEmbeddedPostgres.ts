import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PGliteOptions } from '@electric-sql/pglite';

export interface EmbeddedPostgres {
  pglite: PGlite;
  /** Whether the data dir was created now (a cold start) rather than reopened. */
  created: boolean;
  close(): Promise<void>;
}

/**
 * How PGlite runs PostgreSQL here: its own start parameters plus a 16 MB buffer pool instead of the 128 MB default.
 * PGlite's memory is a WebAssembly heap that never shrinks, and the pool alone made ~105 MB of the process's resident
 * memory. A data dir holds tens of MB at `npm start`'s size; its files stay in the OS page cache, so a page missing
 * from the small pool costs a read from that cache, not from the disk.
 */
export const EMBEDDED_POSTGRES_OPTIONS: PGliteOptions = {
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
};

/**
 * Whether this module runs as built JavaScript (`npm run build`, dist/): then its sibling script is JavaScript too and
 * runs on plain node; from the sources (tsx, jest) it is TypeScript and runs under tsx's hook.
 */
const BUILT = extname(__filename) === '.js';
/** The script that creates a data dir in a process of its own (see createDataDir). */
const CREATE_DATA_DIR_SCRIPT = join(__dirname, `createEmbeddedDataDir${BUILT ? '.js' : '.ts'}`);
/** The last lines of the creating process's error output kept for the error message. */
const KEPT_ERROR_LINES = 20;

/**
 * Opens (or creates) the one PGlite instance the process shares. `dataDir` undefined means in memory.
 * `onTick` is called about once a second while it starts, so callers can show progress: a cold start
 * initialises a whole cluster and takes several seconds.
 */
export async function openEmbeddedPostgres(
  dataDir: string | undefined,
  onTick: (elapsedMs: number) => void = () => undefined,
): Promise<EmbeddedPostgres> {
  const created = dataDir === undefined || !existsSync(join(dataDir, 'PG_VERSION'));
  const started = Date.now();
  const timer = setInterval(() => onTick(Date.now() - started), 1000);
  try {
    if (created && dataDir !== undefined) await createDataDir(dataDir);
    const pglite = await PGlite.create(dataDir ?? 'memory://', EMBEDDED_POSTGRES_OPTIONS);
    return { pglite, created, close: () => pglite.close() };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Creates a new data dir in a child process that exits, so that this process then opens it as it would reopen one.
 * PGlite creates a cluster with a second, temporary instance and initdb's own WebAssembly module, and the creating
 * process kept ~500 MB of their memory resident for good (`npm start` was ready at ~880 MB on a new data dir against
 * ~440 MB on an existing one). From the sources the child runs under tsx's CommonJS hook, which this process need not
 * have (jest); built, on plain node (no tsx in a production image).
 */
async function createDataDir(dataDir: string): Promise<void> {
  const loader = BUILT ? [] : ['--require', require.resolve('tsx/cjs')];
  const child = spawn(process.execPath, [...loader, CREATE_DATA_DIR_SCRIPT, dataDir], {
    // stdin: a pipe the child reads only to learn that this process has gone (see createEmbeddedDataDir.ts)
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  const errorLines: string[] = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    errorLines.push(...chunk.split('\n').filter((line) => line.trim() !== ''));
    errorLines.splice(0, Math.max(0, errorLines.length - KEPT_ERROR_LINES));
  });
  const outcome = await new Promise<{ code: number | null; signal: NodeJS.Signals | null } | Error>((resolve) => {
    child.once('error', resolve);
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  if (!(outcome instanceof Error) && outcome.code === 0) return;
  const why =
    outcome instanceof Error
      ? `could not start ${process.execPath}: ${outcome.message}`
      : `the process creating it ${outcome.signal ? `was killed (${outcome.signal})` : `exited with code ${outcome.code}`}${errorLines.length > 0 ? `:\n${errorLines.join('\n')}` : ' without a word'}`;
  throw new Error(
    `Could not create the embedded PostgreSQL data dir ${dataDir}: ${why}\nCheck that the folder is writable and that the disk has room; delete the folder if a previous attempt left it half-made.`,
  );
}
