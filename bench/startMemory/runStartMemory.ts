import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { SUBGRAPH_NAMES } from '../../subgraphs/shared/catalog';
import { databaseUrlVariable } from '../../stack/databaseVariables';
import { measureStart } from './measureStart';
import { startMemoryMarkdown } from './startMemoryMarkdown';
import type { StartMemoryResults } from './startMemoryMarkdown';

const ROOT = join(__dirname, '..', '..');
const START_TIMEOUT_MS = 15 * 60_000;
const SETTLE_MS = 5_000;

export interface StartMemoryOptions {
  rounds: number;
  /** SEED_CUSTOMERS for the first start; npm start's default when undefined. */
  customers: number | undefined;
  out: string;
}

/**
 * `--start-memory`: `npm start`'s memory, measured from /proc. Each round starts the stack on a fresh data dir (it
 * creates the database and seeds it) and then again on the same dir (it reopens it), each time until its ready line.
 * The console build (`prestart`) is not measured: it is a separate process that exits before the stack starts.
 */
export async function runStartMemory(
  options: StartMemoryOptions,
  log: (line: string) => void,
): Promise<{ results: StartMemoryResults; markdown: string; files: { markdown: string; json: string } }> {
  ensureConsoleBuild(log);
  const loadAverageAtStart = loadavg();
  const rounds: StartMemoryResults['rounds'] = [];
  for (let round = 1; round <= options.rounds; round++) {
    const dir = mkdtempSync(join(tmpdir(), 'c360-start-memory-'));
    try {
      const env: Record<string, string> = {
        PORT: '0',
        DATA_DIR: join(dir, 'pglite'),
        // the embedded database for every subgraph, as a plain `npm start`, whatever this shell has set
        ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [databaseUrlVariable(name), ''])),
        ...(options.customers === undefined ? {} : { SEED_CUSTOMERS: String(options.customers) }),
      };
      const measure = { env, timeoutMs: START_TIMEOUT_MS, settleMs: SETTLE_MS };
      log(`round ${round}: first start (creates and seeds ${env['DATA_DIR']})…`);
      const first = await measureStart(measure);
      log(
        `round ${round}: first start ready in ${(first.readyMs / 1000).toFixed(1)} s, ${mb(first.stack.readyRssBytes)} MB`,
      );
      log(`round ${round}: second start (reopens it)…`);
      const second = await measureStart(measure);
      log(
        `round ${round}: second start ready in ${(second.readyMs / 1000).toFixed(1)} s, ${mb(second.stack.readyRssBytes)} MB`,
      );
      rounds.push({ first, second });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const results: StartMemoryResults = {
    meta: {
      date: new Date().toISOString(),
      machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB`,
      node: process.version,
      loadAverageAtStart,
      loadAverageAtEnd: loadavg(),
      customers: options.customers ?? 'npm start default',
    },
    rounds,
  };
  const markdown = startMemoryMarkdown(results);
  return { results, markdown, files: writeStartMemoryResults(options.out, results, markdown) };
}

/** What `prestart` does when the console has not been built: the gateway serves that build. */
function ensureConsoleBuild(log: (line: string) => void): void {
  if (existsSync(join(ROOT, 'console', 'dist', 'index.html'))) return;
  log('console: not built; building it as `npm start` would (not measured)');
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'console/build/index.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('could not build the console (npm run console:build): see above');
}

/** `<out>/<YYYY-MM-DD>-start-memory.md` and `.json`; a second run that day gets `-2`, `-3`… */
function writeStartMemoryResults(
  out: string,
  results: StartMemoryResults,
  markdown: string,
): { markdown: string; json: string } {
  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  const stem = `${results.meta.date.slice(0, 10)}-start-memory`;
  let name = stem;
  for (let n = 2; existsSync(join(dir, `${name}.md`)) || existsSync(join(dir, `${name}.json`)); n++)
    name = `${stem}-${n}`;
  const files = { markdown: join(dir, `${name}.md`), json: join(dir, `${name}.json`) };
  writeFileSync(files.markdown, markdown);
  writeFileSync(files.json, `${JSON.stringify(results, null, 2)}\n`);
  return files;
}

function mb(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}
