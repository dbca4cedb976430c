import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildDist, ROOT } from '../../scripts/build/buildDist';
import { authHeader } from '../support/tokens';

/**
 * In `dependencies` today but needed only to build (the console's bundle, esbuild, tsx): left out of the image-like
 * node_modules below, which proves production runs without them (they belong in devDependencies).
 */
const BUILD_TIME_ONLY = new Set(['tsx', 'esbuild', 'recharts', 'urql', '@urql/core', 'oidc-client-ts', 'react-is']);
const READY = /GraphQL endpoint: (http:\/\/\S+\/graphql)/;

/**
 * A folder laid out as the production image is: dist/ from `npm run build`, package.json, and a node_modules with the
 * production packages only (links into the repository's). No sources, no tsx: a program that still needed either
 * fails here.
 */
function imageLike(root: string): void {
  copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  for (const name of Object.keys(dependencies).filter((name) => !BUILD_TIME_ONLY.has(name))) {
    mkdirSync(dirname(join(root, 'node_modules', name)), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name), 'dir');
  }
}

/** Every file under `dir` with its size and modification time: what a start-up must leave as it found it. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => {
      const stats = statSync(join(dir, file));
      return `${file} ${stats.size} ${stats.mtimeMs}`;
    })
    .sort();
}

describe('The production build (npm run build) runs on plain node', () => {
  let root: string;
  let dist: string;
  let stack: ChildProcess | undefined;
  let url: string;
  let before: string[];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'c360-build-'));
    dist = join(root, 'dist');
    await buildDist({ outDir: dist });
    imageLike(root);
    before = snapshot(dist);
    // from another folder than the build's, with an empty data dir: the data dir's helper process runs built too
    const cwd = mkdtempSync(join(root, 'cwd-'));
    stack = spawn(
      process.execPath,
      ['--enable-source-maps', '--import', join(dist, 'scripts', 'tracing.mjs'), join(dist, 'stack', 'index.js')],
      {
        cwd,
        env: { ...process.env, PORT: '0', DATA_DIR: join(root, 'data'), SEED_CUSTOMERS: '20', NODE_OPTIONS: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const found = READY.exec(output)?.[1];
        if (found) resolve(found);
      };
      stack!.stdout!.on('data', onData);
      stack!.stderr!.on('data', onData);
      stack!.once('exit', (code) => reject(new Error(`node dist/stack/index.js exited with ${code}:\n${output}`)));
    });
    // ~30 s on an idle 2-core machine (tsc, the console's bundle, a new PGlite data dir); twice that beside other tests
  }, 150_000);

  afterAll(async () => {
    if (stack && stack.exitCode === null && stack.signalCode === null) {
      await new Promise((resolve) => {
        stack!.once('exit', resolve);
        stack!.kill('SIGTERM');
      });
    }
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('has no TypeScript loader to lean on: tsx is not installed beside dist/', () => {
    expect(() => createRequire(join(dist, 'stack', 'index.js')).resolve('tsx')).toThrow(/Cannot find module 'tsx'/);
  });

  it('answers a query and serves the console from dist/, writing nothing there at start', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeader('agent')) },
      body: JSON.stringify({ query: '{ customer(id: "cus_1") { name } }' }),
    });
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 200,
      body: { data: { customer: { name: 'Maria Keller' } } },
    });
    const page = await fetch(new URL('/console', url));
    expect({ status: page.status, html: (await page.text()).includes('<div id="root">') }).toEqual({
      status: 200,
      html: true,
    });
    expect(snapshot(dist)).toEqual(before);
  });

  it('maps a stack trace to the TypeScript source with --enable-source-maps', () => {
    const thrower = `require(${JSON.stringify(join(dist, 'gateway', 'supergraph.js'))}).parseSupergraph('type')`;
    const run = spawnSync(process.execPath, ['--enable-source-maps', '-e', thrower], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/gateway[\\/]supergraph\.ts:\d+:\d+/);
    expect(run.stderr).not.toMatch(/supergraph\.js:\d+/);
  });
});
