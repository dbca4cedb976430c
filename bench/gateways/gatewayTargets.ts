import { subgraphUrlVariable } from '../../gateway/config';
import { spawnChild } from '../childProcess';
import type { Child } from '../childProcess';

export const GATEWAY_NAMES = ['ours', 'apollo', 'hive'] as const;
export type GatewayName = (typeof GATEWAY_NAMES)[number];

/** Our gateway with ENTITY_CACHE=memory: runs the workloads that measure the entity cache, in place of `ours`. */
export const OURS_CACHED = 'ours+cache';
/** A gateway process the bench runs: one of --gateways, or our gateway's cached variant. */
export type TargetName = GatewayName | typeof OURS_CACHED;

/** The gateway every ratio is relative to. */
export const BASELINE: GatewayName = 'apollo';

export interface GatewayTarget {
  name: TargetName;
  label: string;
  /** The entry file, run as its own process. */
  script: string;
  /** Why it cannot run here (a package that is not installed), or undefined. */
  missing(): string | undefined;
  env(subgraphUrls: Readonly<Record<string, string>>, signingSecret: string | undefined): Record<string, string>;
}

export interface RunningGateway {
  name: TargetName;
  label: string;
  /** Its GraphQL endpoint. */
  url: string;
  /** The process whose CPU time and memory the bench reads from /proc. */
  pid: number;
  child: Child<string>;
  stop(): Promise<void>;
}

const READY = /Gateway ready: (http:\/\/\S+\/graphql)/;

function oursEnv(
  urls: Readonly<Record<string, string>>,
  signingSecret: string | undefined,
  entityCache: 'off' | 'memory',
): Record<string, string> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [subgraphUrlVariable(name), url])),
    // it signs every subgraph request, with the dev secret when the subgraphs do not check: the cost is measured
    ...(signingSecret ? { SUBGRAPH_SIGNING_SECRET: signingSecret } : {}),
    ENTITY_CACHE: entityCache,
  };
}

const jsonUrls = (urls: Readonly<Record<string, string>>) => ({ BENCH_SUBGRAPH_URLS: JSON.stringify(urls) });

export const GATEWAY_TARGETS: Readonly<Record<GatewayName, GatewayTarget>> = {
  ours: {
    name: 'ours',
    label: 'ours (gateway/index.ts)',
    script: 'gateway/index.ts',
    missing: () => undefined,
    // the comparison is of gateway work per request: no gateway caches answers (the baselines have none)
    env: (urls, signingSecret) => oursEnv(urls, signingSecret, 'off'),
  },
  apollo: {
    name: 'apollo',
    label: '@apollo/gateway 2.14 + @apollo/server 5, defaults',
    script: 'bench/gateways/apolloBaseline.ts',
    missing: () => undefined,
    env: (urls) => ({ PORT: '0', ...jsonUrls(urls) }),
  },
  hive: {
    name: 'hive',
    label: '@graphql-hive/gateway, defaults',
    script: 'bench/gateways/hiveGateway.ts',
    missing: () => (resolvable('@graphql-hive/gateway') ? undefined : 'not installed: run npm run bench:install'),
    env: (urls) => ({ PORT: '0', ...jsonUrls(urls) }),
  },
};

/**
 * Our gateway as production runs it with one process: the entity cache in memory (no Redis: the subgraphs' answers
 * to mutations carry what they changed, which this gateway drops before it answers).
 */
export const OURS_CACHED_TARGET: GatewayTarget = {
  name: OURS_CACHED,
  label: 'ours (gateway/index.ts) with ENTITY_CACHE=memory',
  script: 'gateway/index.ts',
  missing: () => undefined,
  env: (urls, signingSecret) => oursEnv(urls, signingSecret, 'memory'),
};

function resolvable(name: string): boolean {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

/** Starts one gateway in its own process in front of `subgraphUrls` and waits for its ready line. */
export async function startGateway(
  target: GatewayTarget,
  subgraphUrls: Readonly<Record<string, string>>,
  options: {
    signingSecret?: string;
    onLine?: (line: string) => void;
    cpuProfileDir?: string;
    /** Variables on top of the target's own (e.g. a longer SUBGRAPH_TIMEOUT_MS). */
    env?: Record<string, string>;
  } = {},
): Promise<RunningGateway> {
  const env = { ...target.env(subgraphUrls, options.signingSecret), ...options.env };
  const child = await spawnChild<string>(target.script, env, {
    ready: (line) => READY.exec(line)?.[1],
    timeoutMs: 120_000,
    onLine: options.onLine,
    // V8 writes the profile when the process exits, i.e. when the bench stops the gateway at the end
    nodeArgs: options.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir] : [],
  });
  return { name: target.name, label: target.label, url: child.ready, pid: child.pid, child, stop: () => child.stop() };
}
