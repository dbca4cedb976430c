import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResults } from '../../bench/report/benchResults';

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

// A smoke test of the live harness (real Redis, real processes, SSE): small, and no timing asserted (the machine is
// shared); but every write must reach every subscriber of its customer.
describe('npm run bench -- --live --quick', () => {
  let out: string;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'c360-bench-live-'));
  });

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it('delivers every write to every subscriber of its customer, once, and writes the .md and .json results', async () => {
    const { code, output } = await runBench(['--live', '--quick', '--out', out]);
    expect({ code, tail: code === 0 ? '' : output.slice(-3000) }).toEqual({ code: 0, tail: '' });

    const files = readdirSync(out).sort();
    expect(files).toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}\.json$/),
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}\.md$/),
    ]);
    const results = JSON.parse(readFileSync(join(out, files[0] as string), 'utf8')) as BenchResults;
    const live = results.live;
    expect(results.meta.quick).toBe(true);
    expect(live?.settings).toMatchObject({ customers: 5, subscribers: 50, subscribersPerCustomer: 10 });
    expect(live?.writes).toMatchObject({ sent: 25, ok: 25, failed: 0, errorSamples: [] });
    expect(live?.warmup).toEqual({ writes: 5, missing: 0 });
    expect(live?.deliveries).toMatchObject({ expected: 250, delivered: 250, lost: 0, lostSamples: [] });
    expect(live?.emissions).toMatchObject({ unmatched: 0, duplicates: 0, withErrors: 0, resyncs: 0, endedEarly: 0 });
    expect(live?.targets.find(({ name }) => name === 'lost')).toMatchObject({ measured: 0, met: true });
    expect(live?.deliveries.latencyMs?.p99).toBeGreaterThan(0);
    expect(live?.gateway.cpuMsPerDeliveredEvent).toBeGreaterThan(0);
    expect(live?.gateway.rssGrowthMb).not.toBeNull();

    const markdown = readFileSync(join(out, files[1] as string), 'utf8');
    expect(markdown).toContain('## live: customerChanged subscribers while writes go through the gateway');
    expect(markdown).toContain('| events lost = 0 | 0 | **pass** |');
  }, 300_000);
});
