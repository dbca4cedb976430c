import type { LoadStep } from '../loadRun';
import { agentSessionSteps } from './agentSession';
import { cycle, graphqlBody, savedOperation } from './documents';
import { authorized, lightBodies, storyBodies } from './workloadInput';
import type { WorkloadInput } from './workloadInput';

export const WORKLOAD_NAMES = ['story', 'light', 'agent', 'kpi', 'rejections'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

const DAY_MS = 86_400_000;

export interface Workload {
  name: Exclude<WorkloadName, 'rejections'>;
  title: string;
  /** Share of --requests a measured run sends: the KPI query is heavy, so it gets fewer. */
  requestShare: number;
  steps(input: WorkloadInput): LoadStep[];
}

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
    title: 'KPI dashboard (kpiDashboard) over 30 to 365-day windows',
    requestShare: 0.25,
    steps: (input) => {
      const query = savedOperation('kpiDashboard');
      const to = input.asOf.toISOString();
      const bodies = [30, 90, 180, 365].map((days) =>
        graphqlBody(query, { from: new Date(input.asOf.getTime() - days * DAY_MS).toISOString(), to }),
      );
      return [{ body: cycle(bodies), headers: authorized(input) }];
    },
  },
};
