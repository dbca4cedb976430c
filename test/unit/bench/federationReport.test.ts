import { floorCpuLine } from '../../../bench/report/markdownReport';
import type { RunRecord } from '../../../bench/report/benchResults';
import { floorCpuOf, summarizeWorkload } from '../../../bench/report/summarize';

function run(subject: string, cpuMsPerRequest: number | null, fetchesPerRequest: number): RunRecord {
  return {
    workload: 'federation',
    subject,
    round: 1,
    requests: 100,
    requestsPerSecond: 100,
    latencyP50Ms: 10,
    latencyP99Ms: 20,
    errors: 0,
    cpuMsPerRequest,
    peakRssMb: null,
    fetchesPerRequest,
    statusCounts: { '200': 100 },
    errorSamples: [],
  };
}

const SUBJECTS = ['ours', 'apollo', 'floor'].map((subject) => ({ subject, label: subject }));

function summary(runs: RunRecord[]) {
  return summarizeWorkload({ name: 'federation', title: 'federation' }, runs, SUBJECTS, 'apollo');
}

describe('npm run bench: our gateway CPU per request over the floor', () => {
  it('divides the medians over the rounds and holds them against the target', () => {
    const runs = [
      run('ours', 6, 16),
      run('ours', 10, 16),
      run('ours', 8, 16),
      run('apollo', 20, 16),
      run('floor', 2, 16),
      run('floor', 2.5, 16),
      run('floor', 1, 16),
    ];
    expect(floorCpuOf(summary(runs), 'ours', 4)).toEqual({
      subject: 'ours',
      subjectMs: 8,
      floorMs: 2,
      ratio: 4,
      subjectFetches: 16,
      floorFetches: 16,
      maxRatio: 4,
      met: true,
    });
    const over = floorCpuOf(summary([run('ours', 8.2, 16), run('floor', 2, 16)]), 'ours', 4);
    expect(over && floorCpuLine(over)).toBe(
      "ours/floor CPU: ×4.10 (ours 8.20 CPU ms/req, floor 2.00: the replaying process's own) — target at most ×4: **NOT met**.",
    );
  });

  it('has no target where the workload sets none, and no ratio when the floor measured no CPU', () => {
    const plain = floorCpuOf(summary([run('ours', 3, 5), run('floor', 1, 5)]), 'ours');
    expect(plain && floorCpuLine(plain)).toBe(
      "ours/floor CPU: ×3.00 (ours 3.00 CPU ms/req, floor 1.00: the replaying process's own).",
    );
    expect(floorCpuOf(summary([run('ours', 3, 5), run('floor', null, 5)]), 'ours')).toBeUndefined();
  });

  it('says so when ours shared calls between identical queries in flight, which the floor never does', () => {
    const shared = floorCpuOf(summary([run('ours', 4, 1.6), run('floor', 2, 16)]), 'ours', 4);
    expect(shared && floorCpuLine(shared)).toBe(
      "ours/floor CPU: ×2.00 (ours 4.00 CPU ms/req, floor 2.00: the replaying process's own) — target at most ×4: **met**. " +
        'Not the same work: ours sent 1.6 subgraph requests per query and the floor 16.0, because identical queries in flight shared one call (dedup), which the floor never does; `--concurrency 1` compares like with like.',
    );
  });
});
