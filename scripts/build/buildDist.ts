import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { buildConsole } from '../../console/build/buildConsole';

/** The repository, whose tree dist/ mirrors. */
export const ROOT = join(__dirname, '..', '..');
export const DEFAULT_DIST_DIR = join(ROOT, 'dist');

/** What production starts with `node <dist>/<program>`; the build fails when one of them was not written. */
export const PROGRAMS = [
  'gateway/index.js',
  'stack/index.js',
  'scripts/subgraph.js',
  'scripts/seed.js',
  'scripts/compose.js',
  'scripts/token.js',
  'scripts/tracing.mjs',
] as const;

/**
 * The files the programs read at run time beside their code, found through `__dirname` and so copied to the same
 * place under dist/: the subgraph schemas and the supergraph (schema/), the playground's saved operations, their
 * fragments and the trusted-documents manifest (operations/), and every subgraph's SQL migrations.
 */
const ASSETS: readonly { folder: string; wanted(file: string): boolean }[] = [
  { folder: 'schema', wanted: (file) => file.endsWith('.graphql') },
  { folder: 'operations', wanted: (file) => file.endsWith('.graphql') || file.endsWith('.json') },
  { folder: 'subgraphs', wanted: (file) => file.endsWith('.sql') && file.includes(`${sep}data${sep}migrations${sep}`) },
];

export interface DistBuild {
  outDir: string;
  /** tsc's compile and emit, and the console's bundle (they run side by side). */
  compileMs: number;
  consoleMs: number;
  /** Assets copied from schema/, operations/ and the migrations folders. */
  assets: number;
  /** Everything in outDir: files and bytes (source maps and the console's precompressed copies included). */
  files: number;
  bytes: number;
  elapsedMs: number;
}

/**
 * `npm run build`: empties `outDir`, compiles the programs in tsconfig.build.json to JavaScript with source maps,
 * copies the files they read at run time, and bundles the console into `<outDir>/console/dist`, where the built
 * gateway serves it from (so a production gateway writes nothing at start). The programs then need only `outDir`
 * and the production packages in node_modules beside it.
 */
export async function buildDist({ outDir = DEFAULT_DIST_DIR } = {}): Promise<DistBuild> {
  const started = Date.now();
  const out = isAbsolute(outDir) ? outDir : join(process.cwd(), outDir);
  if (!relative(out, ROOT).startsWith('..')) {
    throw new Error(`Refusing to empty ${out}: it holds the repository. Build into a folder of its own, e.g. dist/.`);
  }
  await rm(out, { recursive: true, force: true });
  const [compileMs, consoleBuild] = await Promise.all([
    compile(out),
    buildConsole({ outDir: join(out, 'console', 'dist') }),
  ]);
  const assets = await copyAssets(out);
  const missing = [];
  for (const program of PROGRAMS) {
    if (!(await exists(join(out, program)))) missing.push(program);
  }
  if (missing.length > 0) {
    throw new Error(`tsc wrote no ${missing.join(', ')}: add the program's source to "files" in tsconfig.build.json.`);
  }
  const { files, bytes } = await measure(out);
  return {
    outDir: out,
    compileMs,
    consoleMs: consoleBuild.elapsedMs,
    assets,
    files,
    bytes,
    elapsedMs: Date.now() - started,
  };
}

/** Runs tsc on tsconfig.build.json into `outDir`; rejects with tsc's own report when it fails. */
function compile(outDir: string): Promise<number> {
  const started = Date.now();
  const tsc = require.resolve('typescript/bin/tsc');
  const args = [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', outDir, '--pretty', 'false'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve(Date.now() - started);
      else reject(new Error(`tsc -p tsconfig.build.json failed (exit code ${code}):\n${output.trim()}`));
    });
  });
}

async function copyAssets(outDir: string): Promise<number> {
  let copied = 0;
  for (const { folder, wanted } of ASSETS) {
    const entries = await readdir(join(ROOT, folder), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = relative(ROOT, join(entry.parentPath ?? entry.path, entry.name));
      if (!wanted(file) || file.split(sep).includes('node_modules')) continue;
      await mkdir(dirname(join(outDir, file)), { recursive: true });
      await copyFile(join(ROOT, file), join(outDir, file));
      copied++;
    }
  }
  return copied;
}

async function measure(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return { files, bytes };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
