import { resolve } from 'node:path';
import { mintDevToken } from '../../gateway/auth/devToken';
import type { BenchOptions } from '../benchArgs';
import { chooseStorage } from '../chooseStorage';
import { GATEWAY_TARGETS, startGateway } from '../gateways/gatewayTargets';
import { measureGatewayRun } from '../measureRun';
import type { BenchResults, RunRecord, ScaleDataset } from '../report/benchResults';
import { summarizeWorkload } from '../report/summarize';
import { writeResults } from '../report/writeResults';
import { BENCH_AS_OF, benchMeta, describeMetrics } from '../runBench';
import type { BenchRun } from '../runBench';
import { spawnSubgraphHost } from '../subgraphHost/spawnSubgraphHost';
import type { WorkloadInput } from '../workloads/workloadInput';
import { newStaleTally, WORKLOADS } from '../workloads/workloads';
import { ALLOWED_SCALE_RATIO, customersFor } from './scaleTargets';

const SAMPLE_SIZE = 2_000;

/** Connections per subgraph database for each of the two subgraph processes, which run side by side. */
const POOL_SIZE = 5;

/**
 * `--scale`: does the customer story slow down as the data grows? The same workload through our gateway against
 * a small and a large data set, each in PostgreSQL databases of its own (`c360_bench_scale_small_*`,
 * `…_large_*`), seeded once and reused. Both stay up, each behind a gateway of its own, and the rounds alternate
 * small, large, small… so a busy moment on the shared machine does not land on one size only. Each subgraph
 * process gets 5 connections per database instead of 10, so the two stay within PostgreSQL's default limit of
 * 100 connections. The table's ratios are large/small.
 */
export async function runScale(options: BenchOptions, log: (line: string) => void): Promise<BenchRun> {
  const scale = options.scale;
  if (!scale) throw new Error('invariant: runScale needs options.scale');
  const started = Date.now();
  const runs: RunRecord[] = [];
  const datasets: ScaleDataset[] = [];
  const workload = WORKLOADS.story;
  const authorization = `Bearer ${await mintDevToken({ role: 'agent' })}`;
  const stops: (() => Promise<void>)[] = [];
  try {
    const targets: { name: string; run: (round: number) => Promise<void> }[] = [];
    for (const [name, targetOrders] of [
      ['small', scale.small],
      ['large', scale.large],
    ] as const) {
      const customers = customersFor(targetOrders);
      const chosen = await chooseStorage(options, log, `scale_${name}`);
      const storage = chosen.engine === 'postgres' ? { ...chosen, poolSize: POOL_SIZE } : chosen;
      log(`${name}: ${customers.toLocaleString('en')} customers for ~${targetOrders.toLocaleString('en')} orders`);
      const host = await spawnSubgraphHost({
        storage,
        dataset: { customers, seed: options.seed, asOf: BENCH_AS_OF },
        auth: { mode: 'off' },
        onLine: (line) => log(`${name} subgraphs: ${line}`),
      });
      stops.push(() => host.stop());
      const counts = await host.counts();
      log(`${name}: ${counts.customers.toLocaleString('en')} customers, ${counts.orders.toLocaleString('en')} orders`);
      datasets.push({
        name,
        targetOrders,
        customers: counts.customers,
        orders: counts.orders,
        storage: host.child.ready.storage,
        reused: host.child.ready.dataset === 'reused',
      });
      const input: WorkloadInput = {
        sample: await host.sample(Math.min(SAMPLE_SIZE, customers), `bench-${options.seed}`),
        authorization,
        asOf: BENCH_AS_OF,
        kpiDays: options.kpiDays,
        runId: Date.now().toString(36),
      };
      const gateway = await startGateway(GATEWAY_TARGETS.ours, host.subgraphUrls, {
        ...(options.cpuProfileDir ? { cpuProfileDir: resolve(options.cpuProfileDir) } : {}),
      });
      stops.push(() => gateway.stop());
      const plan = {
        url: gateway.url,
        amount: Math.max(options.concurrency, options.requests),
        connections: options.concurrency,
        steps: workload.steps(input, newStaleTally()),
      };
      targets.push({
        name,
        run: async (round) => {
          const { result, metrics } = await measureGatewayRun(gateway, host, plan, options.warmup);
          runs.push({
            workload: 'scale',
            subject: name,
            round,
            requests: result.requests,
            ...metrics,
            statusCounts: result.statusCounts,
            errorSamples: result.errorSamples,
          });
          log(`  scale story ${name.padEnd(5)} ${describeMetrics(metrics)}`);
          for (const sample of result.errorSamples) log(`    error: ${sample}`);
        },
      });
    }
    for (let round = 1; round <= options.rounds; round++) {
      log(`round ${round}/${options.rounds}`);
      for (const target of targets) await target.run(round);
    }
  } finally {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  }

  const large = datasets.find((dataset) => dataset.name === 'large');
  const summary = summarizeWorkload(
    { name: 'scale', title: 'Scale: the customer story through our gateway, small vs large data set' },
    runs,
    datasets.map((dataset) => ({
      subject: dataset.name,
      label: `${dataset.name}: ${dataset.orders.toLocaleString('en')} orders, ${dataset.customers.toLocaleString('en')} customers`,
    })),
    'small',
  );
  const results: BenchResults = {
    meta: benchMeta(options, started, {
      storage: large?.storage ?? '',
      dataset: { customers: large?.customers ?? 0, reused: large?.reused ?? false },
    }),
    gateways: [{ name: 'ours', label: GATEWAY_TARGETS.ours.label }],
    skipped: [],
    scale: { datasets, allowedRatio: ALLOWED_SCALE_RATIO },
    workloads: [summary],
    runs,
  };
  return { results, files: writeResults(options.out, results) };
}
