import type { BenchOptions } from './benchArgs';
import type { RunningGateway } from './gateways/gatewayTargets';
import { measureGatewayRun } from './measureRun';
import type { FetchCounter, Measured } from './measureRun';
import { rejectionCases } from './workloads/rejections';
import type { WorkloadInput } from './workloads/workloadInput';

/** Issue 4: every bad input against our gateway, each case a run of its own, the valid lookup first. */
export async function runRejections(
  ours: RunningGateway,
  host: FetchCounter,
  input: WorkloadInput,
  options: BenchOptions,
  record: (subject: string, measured: Measured) => void,
): Promise<void> {
  const amount = Math.max(options.concurrency, Math.round(options.requests / 2));
  for (const rejection of rejectionCases(input)) {
    const plan = {
      url: ours.url,
      amount,
      connections: options.concurrency,
      steps: rejection.steps,
      expect: { status: (status: number) => status === rejection.status, graphqlErrors: rejection.status !== 200 },
    };
    record(rejection.name, await measureGatewayRun(ours, host, plan, Math.min(100, options.warmup)));
  }
}
