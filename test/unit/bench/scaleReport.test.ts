import { scaleVerdict } from '../../../bench/report/markdownReport';
import type { RunRecord } from '../../../bench/report/benchResults';
import { summarizeWorkload } from '../../../bench/report/summarize';
import { ALLOWED_SCALE_RATIO, customersFor } from '../../../bench/scale/scaleTargets';

function run(subject: string, p50: number, p99: number): RunRecord {
  return {
    workload: 'scale',
    subject,
    round: 1,
    requests: 100,
    requestsPerSecond: 1000 / p50,
    latencyP50Ms: p50,
    latencyP99Ms: p99,
    errors: 0,
    cpuMsPerRequest: 8,
    peakRssMb: 300,
    fetchesPerRequest: 7.2,
    statusCounts: { '200': 100 },
    errorSamples: [],
  };
}

const SUBJECTS = [
  { subject: 'small', label: 'small' },
  { subject: 'large', label: 'large' },
];
const SCALE = { datasets: [], allowedRatio: ALLOWED_SCALE_RATIO };

describe('npm run bench -- --scale: sizes and the verdict', () => {
  it('seeds a few more customers than the orders asked for need, at 3.1 orders each', () => {
    expect(customersFor(10_000)).toBe(3_291);
    expect(customersFor(1_000_000)).toBe(329_033);
    expect(customersFor(1)).toBe(50);
  });

  it('says the large data set is within the goal when p50 and p99 are at most 1.5 times the small one', () => {
    const summary = summarizeWorkload(
      { name: 'scale', title: 'scale' },
      [run('small', 100, 200), run('large', 110, 290)],
      SUBJECTS,
      'small',
    );
    expect(scaleVerdict(SCALE, summary)).toBe(
      'Large/small: p50 ×1.10, p99 ×1.45, req/s ×0.91 — within the goal of ×1.5 at most for p50 and p99.',
    );
  });

  it('says OVER when either latency grows more than that', () => {
    const summary = summarizeWorkload(
      { name: 'scale', title: 'scale' },
      [run('small', 100, 200), run('large', 120, 320)],
      SUBJECTS,
      'small',
    );
    expect(scaleVerdict(SCALE, summary)).toContain('p99 ×1.60');
    expect(scaleVerdict(SCALE, summary)).toContain('OVER the goal');
  });
});
