import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConsoleBenchResults } from '../../bench/console/consoleBenchResults';

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

// A smoke test of the console bench (real build, real stack, Debian's Chromium) on a small data set: it asserts that
// every measurement ran and gave plausible numbers, never the budgets themselves (the machine is shared; the budgets
// are for `npm run bench -- --console` at 100,000 customers).
describe('npm run bench -- --console --quick', () => {
  let out: string;
  let results: ConsoleBenchResults;
  let markdown: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'c360-bench-console-'));
    const { code, output } = await runBench([
      '--console',
      '--quick',
      '--searches',
      '3',
      '--page-loads',
      '2',
      '--out',
      out,
    ]);
    expect({ code, tail: code === 0 ? '' : output.slice(-3000) }).toEqual({ code: 0, tail: '' });
    const files = readdirSync(out).sort();
    expect(files).toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}-console\.json$/),
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}-console\.md$/),
    ]);
    results = JSON.parse(readFileSync(join(out, files[0] as string), 'utf8')) as ConsoleBenchResults;
    markdown = readFileSync(join(out, files[1] as string), 'utf8');
  }, 600_000);

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it('measures the first page bundle, and the KPI charts outside it', () => {
    const { firstPage, kpiChunk } = results.build;
    expect(firstPage.jsGzipBytes).toBeGreaterThan(10 * 1024);
    expect(firstPage.jsGzipBytes).toBeLessThan(firstPage.jsBytes);
    expect(kpiChunk.problem).toBeUndefined();
    expect(kpiChunk.files.length).toBeGreaterThan(0);
    expect(kpiChunk.gzipBytes).toBeGreaterThan(0);
    const firstFiles = firstPage.files.map(({ file }) => file);
    for (const { file } of kpiChunk.files) expect(firstFiles).not.toContain(file);
  });

  it('times every page load, cold and warm, and the warm ones fetch no script again', () => {
    expect(results.ready.loads.cold).toHaveLength(2);
    expect(results.ready.loads.warm).toHaveLength(2);
    for (const load of [...results.ready.loads.cold, ...results.ready.loads.warm]) {
      expect(load.readyMs).toBeGreaterThan(0);
      expect(load.readyMs).toBeLessThan(30_000);
      // the painted frame comes after the DOM change it shows
      expect(load.readyMs).toBeGreaterThanOrEqual(load.readyDomMs);
      expect(load.scripts.length).toBeGreaterThan(0);
    }
    expect(results.ready.scriptTransferBytes.cold).toBeGreaterThan(0);
    expect(results.ready.scriptTransferBytes.warm).toBe(0);
  });

  it('opens every searched customer once, with the data the page received on screen when the clock stopped', () => {
    const { customerPage } = results;
    expect(customerPage.failures).toEqual([]);
    expect(customerPage.snapshotProblems).toEqual([]);
    expect(customerPage.pageErrors).toEqual([]);
    expect(customerPage.runs).toHaveLength(3);
    const ids = customerPage.runs.map(({ customerId }) => customerId);
    expect(new Set(ids).size).toBe(3);
    for (const run of customerPage.runs) {
      expect(run.ms).toBeGreaterThan(0);
      expect(run.ms).toBeGreaterThanOrEqual(run.domMs);
      // the page's lookup and its customer query, at least
      expect(run.requests.length).toBeGreaterThanOrEqual(2);
      expect(run.requests.every(({ status }) => status === 200)).toBe(true);
      // the page's own timings of the same requests, which the phases below come from
      expect(run.requestTimings?.map(({ operation }) => operation)).toEqual(
        [...run.requests].sort((a, b) => a.startMs - b.startMs).map(({ operation }) => operation),
      );
    }
    expect(customerPage.phases.map(({ phase }) => phase)).toEqual([
      'toLookup',
      'lookup',
      'toPageRequests',
      'pageRequests',
      'toDom',
      'toFrame',
    ]);
    for (const { spread } of customerPage.phases) expect(spread?.n).toBe(3);
  });

  it('replays the same requests over HTTP for other customers, without errors, as the baseline', () => {
    const { api, customerPage } = results;
    expect(api.errors).toEqual([]);
    expect(api.runs).toHaveLength(3);
    const browserIds = new Set(customerPage.runs.map(({ customerId }) => customerId));
    for (const run of api.runs) {
      expect(browserIds.has(run.customerId)).toBe(false);
      expect(run.ms).toBeGreaterThan(0);
      expect(run.operations.map(({ operation }) => operation)).toEqual(
        expect.arrayContaining(['consoleFindCustomer', 'consoleCustomer']),
      );
    }
    expect(results.browserOverhead.ratioP50).toBeGreaterThan(0);
  });

  it("sends the page query's plan straight to the subgraphs as the floor under the API", () => {
    const { floor } = results.api;
    expect(floor?.operation).toBe('consoleCustomer');
    expect(floor?.stages).toBeGreaterThanOrEqual(1);
    expect(floor?.fetches).toBeGreaterThanOrEqual(floor?.stages ?? Infinity);
    expect(floor?.spread?.n).toBe(3);
    expect(floor?.spread?.p50).toBeGreaterThan(0);
  });

  it('reports every budget as measured / budget, with the entity cache off', () => {
    expect(results.meta.entityCache).toBe('off');
    expect(results.budgets.map(({ label, statistic }) => `${label}: ${statistic}`)).toEqual([
      'First-page JavaScript, gzipped: build',
      'Console ready after navigation: cold p50',
      'Console ready after navigation: warm p50',
      'Customer page complete after search: p90',
      'Customer page complete after search: max',
    ]);
    for (const budget of results.budgets) {
      expect(budget.ratio).toBeCloseTo((budget.measured ?? Number.NaN) / budget.budget, 6);
    }
    expect(markdown).toContain('## Budgets');
    expect(markdown).toContain('measured / budget');
  });
});
