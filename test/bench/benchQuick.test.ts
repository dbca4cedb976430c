import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResults } from '../../bench/report/benchResults';
import { CACHE_TARGET_RATIO } from '../../bench/runBench';

const ROOT = join(__dirname, '..', '..');

/** Runs `npm run bench -- <args>` as a user would (one node process, not the tsx CLI) and collects its output. */
function runBench(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/index.ts', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

// A smoke test of the harness only: small data, few requests, no timing asserted (the machine is shared).
describe('npm run bench -- --quick', () => {
  let out: string;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'c360-bench-'));
  });

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it('runs every workload against every installed gateway without an error and writes the .md and .json results', async () => {
    const { code, output } = await runBench(['--quick', '--out', out]);
    expect({ code, tail: code === 0 ? '' : output.slice(-3000) }).toEqual({ code: 0, tail: '' });

    const files = readdirSync(out).sort();
    expect(files).toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}\.json$/),
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}\.md$/),
    ]);
    const results = JSON.parse(readFileSync(join(out, files[0] as string), 'utf8')) as BenchResults;

    expect(results.meta.quick).toBe(true);
    // @graphql-hive/gateway is in bench/package.json, which the load project's globalSetup installs: the peer runs too,
    // nothing is skipped
    // and our gateway a second time with the entity cache on, for the cached workload
    expect(results.gateways.map(({ name }) => name)).toEqual(['ours', 'ours+cache', 'apollo', 'hive']);
    expect(results.skipped).toEqual([]);
    expect(results.workloads.map(({ workload }) => workload)).toEqual([
      'story',
      'light',
      'agent',
      'kpi',
      'cached',
      'rejections',
      'federation',
    ]);

    for (const summary of results.workloads.filter(({ workload }) => workload !== 'rejections')) {
      const subjects = summary.subjects.map(({ subject }) => subject);
      const ourSubject = summary.workload === 'cached' ? 'ours+cache' : 'ours';
      expect(subjects).toEqual(expect.arrayContaining([ourSubject, 'apollo', 'hive']));
      expect(subjects).not.toContain(summary.workload === 'cached' ? 'ours' : 'ours+cache');
      for (const subject of summary.subjects) {
        expect(subject.metrics.requestsPerSecond?.median).toBeGreaterThan(0);
        expect(subject.metrics.fetchesPerRequest?.median).toBeGreaterThan(0);
      }
      const ours = summary.subjects.find(({ subject }) => subject === ourSubject);
      expect(ours?.metrics.cpuMsPerRequest?.median).toBeGreaterThan(0);
      expect(ours?.metrics.peakRssMb?.median).toBeGreaterThan(0);
      expect(ours?.ratios.requestsPerSecond).toBeGreaterThan(0);
    }
    const floors = results.workloads.filter(({ subjects }) => subjects.some(({ subject }) => subject === 'floor'));
    expect(floors.map(({ workload }) => workload)).toEqual(['story', 'light', 'federation']);

    // the federation workload: the public benchmark's graph, answered in full (about 87 kB, as published), and our
    // gateway's CPU per request over the floor's, whose own CPU is measured too
    expect(results.federation).toMatchObject({
      subgraphs: ['accounts', 'inventory', 'products', 'reviews'],
      data: { users: 6, products: 9, reviews: 11 },
      alone: false,
    });
    expect(results.federation?.responseBytes).toBeGreaterThan(80_000);
    expect(results.federation?.fetchesPerQuery).toBeGreaterThan(4);
    const federation = results.workloads.find(({ workload }) => workload === 'federation');
    const federationFloor = federation?.subjects.find(({ subject }) => subject === 'floor');
    expect(federationFloor?.metrics.cpuMsPerRequest?.median).toBeGreaterThan(0);
    expect(federationFloor?.metrics.fetchesPerRequest?.median).toBeCloseTo(results.federation?.fetchesPerQuery ?? 0, 0);
    expect(federation?.floorCpu).toMatchObject({ subject: 'ours', maxRatio: 4 });
    expect(federation?.floorCpu?.ratio).toBeGreaterThan(0);

    const rejections = results.workloads.find(({ workload }) => workload === 'rejections');
    expect(rejections?.subjects.map(({ subject }) => subject)).toEqual([
      'valid',
      'malformedJson',
      'invalidGraphql',
      'depth50',
      'aliases10k',
      'body1mb',
      'batch100',
      'anonymous',
    ]);
    // a rejection never reaches a subgraph
    for (const subject of rejections?.subjects.filter(({ subject }) => subject !== 'valid') ?? []) {
      expect({ [subject.subject]: subject.metrics.fetchesPerRequest?.max }).toEqual({ [subject.subject]: 0 });
    }

    // the cached workload: every read after a write through the same gateway showed the write, and nothing failed
    const cached = results.workloads.find(({ workload }) => workload === 'cached');
    expect(cached?.staleReads?.map(({ subject }) => subject)).toEqual(['ours+cache', 'apollo', 'hive']);
    for (const { subject, checked, stale } of cached?.staleReads ?? []) {
      expect({ subject, stale }).toEqual({ subject, stale: 0 });
      expect(checked).toBeGreaterThan(0);
    }
    expect(cached?.subjects.map(({ subject, metrics }) => ({ subject, errors: metrics.errors?.max }))).toEqual([
      { subject: 'ours+cache', errors: 0 },
      { subject: 'apollo', errors: 0 },
      { subject: 'hive', errors: 0 },
    ]);
    expect(cached?.target).toMatchObject({ subject: 'ours+cache', minRatio: CACHE_TARGET_RATIO, stale: 0 });

    const failed = results.runs.filter((run) => run.errors > 0 || run.requests === 0);
    expect(failed.map(({ workload, subject, errorSamples }) => ({ workload, subject, errorSamples }))).toEqual([]);

    const markdown = readFileSync(join(out, files[1] as string), 'utf8');
    for (const workload of ['story', 'light', 'agent', 'kpi', 'cached', 'rejections', 'federation'])
      expect(markdown).toContain(`## ${workload}: `);
    expect(markdown).toMatch(
      /^ours\/floor CPU: ×\d+\.\d\d \(ours [\d.]+ CPU ms\/req, floor [\d.]+: .* target at most ×4: \*\*(met|NOT met)\*\*/m,
    );
    expect(markdown).toContain(
      'Graph: accounts, inventory, products, reviews (in memory: 6 users, 9 products, 11 reviews)',
    );
    expect(markdown).toContain('| | req/s | p50 ms | p99 ms | errors | CPU ms/req | peak RSS MB | fetches/req |');
    expect(markdown).toContain('Stale reads (the read right after a write through the same gateway did not show it)');
    expect(markdown).toContain(
      `Target: ours+cache at least ×${CACHE_TARGET_RATIO} the req/s of apollo (the baseline) with 0 stale reads`,
    );
  }, 900_000);
});
