import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureStoryFetches } from '../floor/captureStoryFetches';
import type { CapturedPlan } from '../floor/captureStoryFetches';
import { BASELINE, startGateway } from '../gateways/gatewayTargets';
import type { GatewayTarget, RunningGateway } from '../gateways/gatewayTargets';
import type { FederationSection } from '../report/benchResults';
import { authorized } from '../workloads/workloadInput';
import type { WorkloadInput } from '../workloads/workloadInput';
import { PRODUCTS, REVIEWS, USERS } from './benchData';
import { composeFederationSupergraph } from './composeFederation';
import { federationQuery } from './federationQuery';
import { spawnFederationHost } from './spawnFederationHost';
import type { RunningFederationHost } from './spawnFederationHost';
import { FEDERATION_SUBGRAPHS } from './subgraphs';

/** The federation workload's subgraphs, the gateways in front of them and the floor's plan, all started. */
export interface FederationGraph {
  host: RunningFederationHost;
  gateways: RunningGateway[];
  /** The query's subgraph requests, captured once for the floor. */
  plans: CapturedPlan[];
  section: Omit<FederationSection, 'alone'>;
}

export interface FederationGraphOptions {
  targets: readonly GatewayTarget[];
  input: Pick<WorkloadInput, 'authorization'>;
  cpuProfileDir?: string | undefined;
  log: (line: string) => void;
  /** Which of a gateway's lines are worth showing (our gateway logs every request). */
  worthShowing: (line: string) => boolean;
  /** Whatever was started is stopped through these, in reverse order, also when a later step fails. */
  stops: (() => Promise<void>)[];
}

/**
 * Starts the four subgraphs in a process of their own, composes their supergraph into a temporary file, starts
 * each gateway on it (SUPERGRAPH_PATH, which ours and the two peers read) and checks that each answers the query
 * in full; then captures the floor's plan.
 */
export async function startFederationGraph(options: FederationGraphOptions): Promise<FederationGraph> {
  const { log, stops } = options;
  log('federation: starting its four subgraphs');
  const host = await spawnFederationHost((line) => log(`federation subgraphs: ${line}`));
  stops.push(() => host.stop());
  const dir = mkdtempSync(join(tmpdir(), 'c360-federation-'));
  stops.push(async () => rmSync(dir, { recursive: true, force: true }));
  const supergraphSdl = composeFederationSupergraph();
  const supergraphPath = join(dir, 'supergraph.graphql');
  writeFileSync(supergraphPath, supergraphSdl);

  const query = federationQuery();
  const gateways: RunningGateway[] = [];
  let responseBytes = 0;
  for (const target of options.targets) {
    const gateway = await startGateway(target, host.subgraphUrls, {
      env: { SUPERGRAPH_PATH: supergraphPath },
      ...(options.cpuProfileDir ? { cpuProfileDir: options.cpuProfileDir } : {}),
      onLine: (line) => {
        if (options.worthShowing(line)) log(`federation gateway ${target.name}: ${line}`);
      },
    });
    stops.push(() => gateway.stop());
    const bytes = await checkFederationAnswer(gateway, query, options.input);
    if (target.name === BASELINE) responseBytes = bytes;
    log(`federation gateway ${target.name}: ready at ${gateway.url} (pid ${gateway.pid}), ${bytes} bytes per answer`);
    gateways.push(gateway);
  }

  const plans = await captureStoryFetches(host.subgraphUrls, query, [{}], supergraphSdl);
  const plan = plans[0] ?? [];
  const fetchesPerQuery = plan.flat().length;
  log(`floor federation: ${fetchesPerQuery} subgraph requests per query in ${plan.length} stages`);
  return {
    host,
    gateways,
    plans,
    section: {
      subgraphs: FEDERATION_SUBGRAPHS.map(({ name }) => name),
      data: { users: USERS.length, products: PRODUCTS.length, reviews: REVIEWS.length },
      responseBytes,
      fetchesPerQuery,
      stages: plan.length,
    },
  };
}

/** topProducts' default page (products subgraph). */
const TOP_PRODUCTS = 5;

interface FederationAnswer {
  data?: { users?: unknown[]; topProducts?: unknown[] } | null;
  errors?: unknown[];
}

/**
 * The query must come back whole before anything is measured: every user and the five top products, no error.
 * Returns the answer's size in bytes.
 */
async function checkFederationAnswer(
  gateway: RunningGateway,
  query: string,
  input: Pick<WorkloadInput, 'authorization'>,
): Promise<number> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: authorized(input),
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  let answer: FederationAnswer = {};
  try {
    answer = JSON.parse(text) as FederationAnswer;
  } catch {
    // reported below with the text
  }
  const whole =
    response.ok &&
    !answer.errors &&
    answer.data?.users?.length === USERS.length &&
    answer.data.topProducts?.length === TOP_PRODUCTS;
  if (!whole) {
    throw new Error(
      `gateway ${gateway.name} did not answer the federation query in full (${response.status}): ${text.slice(0, 500)}\n${gateway.child.recentOutput()}`,
    );
  }
  return Buffer.byteLength(text);
}
