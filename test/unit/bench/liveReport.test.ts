import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { latencySummary, liveTargets, percentile } from '../../../bench/live/liveGoals';
import type { BenchResults, LiveSection } from '../../../bench/report/benchResults';
import { markdownReport } from '../../../bench/report/markdownReport';

const ROOT = join(__dirname, '..', '..', '..');

function section(overrides: Partial<LiveSection['deliveries']>, rssGrowthMb: number | null): LiveSection {
  const deliveries: LiveSection['deliveries'] = {
    expected: 12_000,
    delivered: 12_000,
    lost: 0,
    lostSamples: [],
    latencyMs: { p50: 120, p90: 300, p99: 640.5, max: 900 },
    drainMs: 400,
    drainLimitMs: 10_000,
    ...overrides,
  };
  return {
    settings: {
      customers: 200,
      subscribers: 2_000,
      subscribersPerCustomer: 10,
      writesPerSecond: 20,
      durationSeconds: 60,
      callers: 40,
      subscriptionsPerCaller: 50,
      feed: 'Redis stream c360:bench-live-x:changes at 127.0.0.1:6379',
      entityCache: 'redis',
      query: 'subscription { … }',
    },
    writes: {
      sent: 1_200,
      ok: 1_200,
      failed: 0,
      byKind: { TICKET_MESSAGE_ADDED: 900, SHIPMENT_EVENT_RECORDED: 240, ORDER_CANCELLED: 60 },
      late: 0,
      perSecond: 20,
      errorSamples: [],
    },
    deliveries,
    emissions: {
      count: 11_000,
      changes: 12_500,
      otherChanges: 500,
      unmatched: 0,
      duplicates: 0,
      resyncs: 0,
      withErrors: 0,
      endedEarly: 0,
      samples: [],
    },
    warmup: { writes: 200, missing: 0 },
    gateway: {
      cpuMs: 30_000,
      cpuMsPerDeliveredEvent: 2.5,
      rssBeforeMb: 150,
      rssSubscribedMb: 200,
      rssEndMb: 260,
      rssPeakMb: 270,
      rssGrowthMb,
      rssAfterCloseMb: 230,
    },
    targets: liveTargets(deliveries, rssGrowthMb),
  };
}

describe('npm run bench -- --live: figures and targets', () => {
  it('takes nearest-rank percentiles of the sorted latencies', () => {
    const sorted = Array.from({ length: 200 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 99), percentile(sorted, 100)]).toEqual([100, 198, 200]);
    expect(latencySummary([5])).toEqual({ p50: 5, p90: 5, p99: 5, max: 5 });
    expect(latencySummary([])).toBeNull();
  });

  it('passes p99 ≤ 1 s, 0 lost and RSS growth ≤ 200 MB only when each holds', () => {
    expect(section({}, 110).targets.map(({ name, met }) => ({ name, met }))).toEqual([
      { name: 'p99', met: true },
      { name: 'lost', met: true },
      { name: 'rssGrowth', met: true },
    ]);
    const failing = section({ lost: 3, delivered: 11_997, latencyMs: { p50: 1, p90: 2, p99: 1_000.1, max: 3 } }, 201);
    expect(failing.targets.map(({ met }) => met)).toEqual([false, false, false]);
    // nothing expected proves nothing: every write failed
    expect(section({ expected: 0, delivered: 0, latencyMs: null }, null).targets.map(({ met }) => met)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('writes the targets as pass/FAIL and the figures behind them into the markdown report', () => {
    const results: BenchResults = {
      meta: {
        date: '2026-12-07T10:00:00.000Z',
        quick: false,
        node: 'v20',
        cpus: '2 × CPU',
        memoryGb: 8,
        loadAverageAtStart: [1, 1, 1],
        commit: 'abc',
        storage: 'PostgreSQL',
        dataset: { customers: 100_000, seed: 42, asOf: '2026-11-01T00:00:00.000Z', reused: true },
        rounds: 3,
        requests: 2_000,
        warmup: 400,
        concurrency: 20,
        durationSeconds: 120,
      },
      gateways: [{ name: 'ours', label: 'ours' }],
      skipped: [],
      live: section({ lost: 2, delivered: 11_998, lostSamples: ['write 7 never reached subscriber 3 of cus_9'] }, 110),
      workloads: [],
      runs: [],
    };
    const markdown = markdownReport(results);
    expect(markdown).toContain('- Live: 2,000 customerChanged subscribers over SSE (10 per customer, 200 customers');
    expect(markdown).toContain('| p99 write→delivery ≤ 1,000 ms | 640.5 ms | **pass** |');
    expect(markdown).toContain('| events lost = 0 | 2 | **FAIL** |');
    expect(markdown).toContain('| gateway RSS growth ≤ 200 MB | 110 MB | **pass** |');
    expect(markdown).toContain('- write 7 never reached subscriber 3 of cus_9');
    expect(markdown).not.toContain('Each cell: median over the rounds');
  });

  it("subscribes with a document the gateway's public schema accepts", () => {
    const schema = buildSchema(readFileSync(join(ROOT, 'schema', 'api.graphql'), 'utf8'));
    const document = parse(readFileSync(join(ROOT, 'bench', 'live', 'customerChanged.graphql'), 'utf8'));
    expect(validate(schema, document).map(({ message }) => message)).toEqual([]);
  });
});
