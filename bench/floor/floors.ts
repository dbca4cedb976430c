import type { BenchOptions } from '../benchArgs';
import { loadMetrics } from '../measureRun';
import type { FetchCounter, Measured } from '../measureRun';
import type { RunMetrics } from '../report/benchResults';
import type { RunningSubgraphHost } from '../subgraphHost/spawnSubgraphHost';
import { orderStatusOperation, savedOperation } from '../workloads/documents';
import type { WorkloadInput } from '../workloads/workloadInput';
import type { Workload } from '../workloads/workloads';
import { captureStoryFetches } from './captureStoryFetches';
import type { CapturedPlan } from './captureStoryFetches';
import { replayPlans } from './replayPlans';

/** Plans captured per floor: enough different customers that one odd customer does not set it. */
const FLOOR_PLANS = 20;

/** The floor's plans for the workloads that have one: the story and the light lookup. */
export async function captureFloors(
  options: BenchOptions,
  host: RunningSubgraphHost,
  input: WorkloadInput,
  log: (line: string) => void,
): Promise<Map<Workload['name'], CapturedPlan[]>> {
  const floors = new Map<Workload['name'], CapturedPlan[]>();
  const wanted: [Workload['name'], string, Record<string, unknown>[]][] = [
    ['story', savedOperation('customerStory'), input.sample.customerIds.slice(0, FLOOR_PLANS).map((id) => ({ id }))],
    ['light', orderStatusOperation(), input.sample.orderNumbers.slice(0, FLOOR_PLANS).map((number) => ({ number }))],
  ];
  for (const [name, query, variables] of wanted) {
    if (!options.workloads.includes(name)) continue;
    const plans = await captureStoryFetches(host.subgraphUrls, query, variables);
    const fetches = plans.reduce((sum, plan) => sum + plan.flat().length, 0) / plans.length;
    log(`floor ${name}: ${fetches.toFixed(1)} subgraph requests per query in ${plans[0]?.length ?? 0} stages`);
    floors.set(name, plans);
  }
  return floors;
}

/**
 * Replays the plans (a short warm-up first), counting what the subgraphs served. Its CPU per request is the
 * replaying process's own (this one, the bench's: nothing else runs in it meanwhile, the gateways are idle), so it
 * stands beside a gateway's: the least CPU that sending a plan's fetches and reading their answers takes.
 */
export async function measureFloor(
  plans: CapturedPlan[],
  host: FetchCounter,
  amount: number,
  connections: number,
): Promise<Measured> {
  const total = async () => Object.values(await host.fetches()).reduce((sum, count) => sum + count, 0);
  await replayPlans(plans, Math.min(amount, 200), connections);
  const before = await total();
  const cpuBefore = process.cpuUsage();
  const result = await replayPlans(plans, amount, connections);
  const cpu = process.cpuUsage(cpuBefore);
  const fetches = (await total()) - before;
  const metrics: RunMetrics = {
    ...loadMetrics(result),
    cpuMsPerRequest: result.requests === 0 ? null : (cpu.user + cpu.system) / 1000 / result.requests,
    peakRssMb: null,
    fetchesPerRequest: fetches / Math.max(1, result.requests),
  };
  return { result, metrics };
}
