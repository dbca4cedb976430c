import { federationQuery } from '../federationBench/federationQuery';
import type { LoadStep } from '../loadPlan';
import { agentSessionSteps } from './agentSession';
import { CACHED_WARMUP, cachedSessionSteps, newStaleTally } from './cachedSession';
import type { StaleTally } from './cachedSession';
import { cycle, graphqlBody, savedOperation } from './documents';
import { authorized, lightBodies, storyBodies } from './workloadInput';
import type { WorkloadInput } from './workloadInput';

export const WORKLOAD_NAMES = ['story', 'light', 'agent', 'kpi', 'cached', 'rejections', 'federation'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

const DAY_MS = 86_400_000;

export interface Workload {
  name: Exclude<WorkloadName, 'rejections'>;
  title: string;
  /** Share of --requests a measured run sends: the KPI query is heavy, so it gets fewer. */
  requestShare: number;
  /** `tally`: where a workload that checks for stale reads counts them (see `staleReads`). */
  steps(input: WorkloadInput, tally: StaleTally): LoadStep[];
  /** It checks that the read after each write shows it, and the report says how many did not. */
  staleReads?: boolean;
  /** Our gateway with the entity cache on takes the place of ours (caches off). */
  entityCache?: boolean;
  /** Unmeasured requests it needs at least before each measured run (to warm a cache). */
  minWarmup?: number;
  /**
   * `federation`: it runs on the public federation benchmark's four subgraphs (bench/federationBench), behind
   * gateways of its own, rather than on our five subgraphs and data set.
   */
  graph?: 'federation';
  /** The most CPU per request our gateway may spend, as a multiple of the floor's (the report says whether it did). */
  floorCpuTarget?: number;
}

export { newStaleTally };
export type { StaleTally };

/** The workloads that run against every gateway; `rejections` (rejections.ts) runs against ours only. */
export const WORKLOADS: Readonly<Record<Workload['name'], Workload>> = {
  story: {
    name: 'story',
    title: 'Full customer story (customerStory) for random customers',
    requestShare: 1,
    steps: (input) => [{ body: cycle(storyBodies(input)), headers: authorized(input) }],
  },
  light: {
    name: 'light',
    title: 'Light lookup: orderByNumber → customer name and shipment status',
    requestShare: 1,
    steps: (input) => [{ body: cycle(lightBodies(input)), headers: authorized(input) }],
  },
  agent: {
    name: 'agent',
    title: 'Agent session: stories and lookups interleaved with openTicket, addMessage, transferTicket',
    requestShare: 1,
    steps: agentSessionSteps,
  },
  kpi: {
    name: 'kpi',
    title: 'KPI dashboard (kpiDashboard) over the windows of --kpi-days',
    requestShare: 0.25,
    steps: (input) => {
      const query = savedOperation('kpiDashboard');
      const to = input.asOf.toISOString();
      const bodies = input.kpiDays.map((days) =>
        graphqlBody(query, { from: new Date(input.asOf.getTime() - days * DAY_MS).toISOString(), to }),
      );
      return [{ body: cycle(bodies), headers: authorized(input) }];
    },
  },
  cached: {
    name: 'cached',
    title:
      'Entity cache warm: agents re-reading the stories of 50 customers, 5 % writes (openTicket, addMessage, transferTicket) each followed by a read that must show it',
    requestShare: 1,
    steps: cachedSessionSteps,
    staleReads: true,
    entityCache: true,
    minWarmup: CACHED_WARMUP,
  },
  federation: {
    name: 'federation',
    title:
      "Federation benchmark: the public gateways benchmark's four subgraphs and its nested users → reviews → product → reviews → author → reviews → product query",
    requestShare: 1,
    steps: (input) => {
      const body = JSON.stringify({ query: federationQuery() });
      return [{ body: () => body, headers: authorized(input) }];
    },
    graph: 'federation',
    // issue 13: our gateway's CPU per request at most 4 × the floor's on this workload
    floorCpuTarget: 4,
  },
};
