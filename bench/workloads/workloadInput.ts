import type { DataSample } from '../subgraphHost/controlServer';
import { graphqlBody, orderStatusOperation, savedOperation } from './documents';

/** What request bodies are made from. */
export interface WorkloadInput {
  sample: DataSample;
  /** Bearer header value for the dev agent. */
  authorization: string;
  /** The data set's "now": the KPI windows end there. */
  asOf: Date;
  /** The kpi workload's windows, in days up to asOf. */
  kpiDays: readonly number[];
  /** Unique per bench run, so idempotency keys never repeat across runs. */
  runId: string;
}

export const JSON_HEADERS: Readonly<Record<string, string>> = { 'content-type': 'application/json' };

export function authorized(input: Pick<WorkloadInput, 'authorization'>): Record<string, string> {
  return { ...JSON_HEADERS, authorization: input.authorization };
}

/** customerStory (operations/) for the sampled customers in turn. */
export function storyBodies(input: Pick<WorkloadInput, 'sample'>): string[] {
  const query = savedOperation('customerStory');
  return input.sample.customerIds.map((id) => graphqlBody(query, { id }));
}

/** The light lookup for the sampled order numbers in turn. */
export function lightBodies(input: Pick<WorkloadInput, 'sample'>): string[] {
  const query = orderStatusOperation();
  return input.sample.orderNumbers.map((number) => graphqlBody(query, { number }));
}
