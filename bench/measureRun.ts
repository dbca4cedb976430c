import type { TargetName } from './gateways/gatewayTargets';
import { runLoad } from './loadRun';
import type { LoadPlan, LoadResult } from './loadPlan';
import { cpuMs, sampleRss } from './procStats';
import type { RunMetrics } from './report/benchResults';

export interface Measured {
  result: LoadResult;
  metrics: RunMetrics;
}

/** What a measurement needs of the subgraph process: its fetch counters. */
export interface FetchCounter {
  fetches(): Promise<Record<string, number>>;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, count) => sum + count, 0);

/**
 * `warmup` unmeasured requests, then `plan.amount` measured ones, with the gateway process's CPU time and RSS
 * read from /proc around and during the measured part, and the subgraphs' request counters before and after.
 */
export async function measureGatewayRun(
  gateway: { name: TargetName; pid: number },
  subgraphs: FetchCounter,
  plan: LoadPlan,
  warmup: number,
  /** Called between the warm-up and the measured requests (to reset counters the steps keep). */
  beforeMeasured?: () => void,
): Promise<Measured> {
  if (warmup > 0) await runLoad({ ...plan, amount: warmup });
  beforeMeasured?.();
  const fetchesBefore = total(await subgraphs.fetches());
  const cpuBefore = cpuMs(gateway.pid);
  const rss = sampleRss(gateway.pid);
  const result = await runLoad(plan);
  rss.stop();
  const cpuAfter = cpuMs(gateway.pid);
  const fetches = total(await subgraphs.fetches()) - fetchesBefore;
  const peak = rss.peakBytes();
  return {
    result,
    metrics: {
      ...loadMetrics(result),
      cpuMsPerRequest:
        cpuBefore === undefined || cpuAfter === undefined || result.requests === 0
          ? null
          : (cpuAfter - cpuBefore) / result.requests,
      peakRssMb: peak === undefined ? null : peak / 1024 / 1024,
      fetchesPerRequest: result.requests === 0 ? null : fetches / result.requests,
    },
  };
}

export function loadMetrics(
  result: LoadResult,
): Pick<RunMetrics, 'requestsPerSecond' | 'latencyP50Ms' | 'latencyP99Ms' | 'errors'> {
  return {
    requestsPerSecond: result.requestsPerSecond,
    latencyP50Ms: result.latencyP50Ms,
    latencyP99Ms: result.latencyP99Ms,
    errors: result.errors,
  };
}
