// The bench's own packages (bench/package.json: the peer gateway, the load generator) are not the project's: a root
// `npm install` skips them (they were ~500 of its packages and 10 of its EBADENGINE warnings, Node 22 wanted), and the
// first `npm run bench` or `npm run test:load` installs them here. bench/ code still imports the root project's
// code by relative path and resolves every other package from the root's node_modules.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BENCH_DIR = join(__dirname, '..');
/** Written after a successful install: the hash of the package.json and lock file it installed. */
const STAMP = join(BENCH_DIR, 'node_modules', '.bench-packages-installed');

export class BenchInstallError extends Error {
  readonly code = 'BENCH_INSTALL_FAILED';
}

/** The package.json and lock file as one hash: when either changes (a pull, a version bump), the install is stale. */
function manifestHash(): string {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) {
    const path = join(BENCH_DIR, file);
    hash.update(existsSync(path) ? readFileSync(path) : `no ${file}`);
  }
  return hash.digest('hex');
}

/** Why bench/node_modules must be (re)installed, or undefined when it matches bench/package-lock.json. */
export function benchInstallNeeded(): string | undefined {
  if (!existsSync(STAMP)) return 'first use: bench/node_modules is not installed yet';
  if (readFileSync(STAMP, 'utf8').trim() !== manifestHash()) return 'bench/package.json or its lock file changed';
  return undefined;
}

/** Installs bench/package.json's locked packages into bench/node_modules when missing or stale; a no-op otherwise. */
export function ensureBenchPackages(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
  const reason = benchInstallNeeded();
  if (reason === undefined) return;
  log(
    `bench: installing the benchmark's own packages (bench/package.json: @graphql-hive/gateway, autocannon) into bench/node_modules (${reason}); this takes a minute or two once.`,
  );
  const started = Date.now();
  // `npm install`, not `npm ci`, for the reason in .ci/run: on a tree without node_modules it installs the locked versions
  // --prefix: under `npm run`, npm_config_* variables name the root project, which would otherwise win over cwd
  const result = spawnSync('npm', ['install', '--prefix', BENCH_DIR, '--no-audit', '--no-fund'], {
    cwd: BENCH_DIR,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    throw new BenchInstallError(
      `npm install in bench/ failed (${result.error?.message ?? `exit code ${String(result.status)}`}): fix what npm printed above, then run \`npm --prefix bench install\` or \`npm run bench:install\` again.`,
    );
  }
  writeFileSync(STAMP, `${manifestHash()}\n`);
  log(`bench: packages installed in ${Math.round((Date.now() - started) / 1000)} s.`);
}
