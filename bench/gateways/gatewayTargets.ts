import { subgraphUrlVariable } from '../../gateway/config';
import { spawnChild } from '../childProcess';
import type { Child } from '../childProcess';

export const GATEWAY_NAMES = ['ours', 'apollo', 'hive'] as const;
export type GatewayName = (typeof GATEWAY_NAMES)[number];

/** The gateway every ratio is relative to. */
export const BASELINE: GatewayName = 'apollo';

export interface GatewayTarget {
  name: GatewayName;
  label: string;
  /** The entry file, run as its own process. */
  script: string;
  /** Why it cannot run here (a package that is not installed), or undefined. */
  missing(): string | undefined;
  env(subgraphUrls: Readonly<Record<string, string>>, signingSecret: string | undefined): Record<string, string>;
}

export interface RunningGateway {
  name: GatewayName;
  label: string;
  /** Its GraphQL endpoint. */
  url: string;
  /** The process whose CPU time and memory the bench reads from /proc. */
  pid: number;
  child: Child<string>;
  stop(): Promise<void>;
}

const READY = /Gateway ready: (http:\/\/\S+\/graphql)/;

const jsonUrls = (urls: Readonly<Record<string, string>>) => ({ BENCH_SUBGRAPH_URLS: JSON.stringify(urls) });

export const GATEWAY_TARGETS: Readonly<Record<GatewayName, GatewayTarget>> = {
  ours: {
    name: 'ours',
    label: 'ours (gateway/index.ts)',
    script: 'gateway/index.ts',
    missing: () => undefined,
    env: (urls, signingSecret) => ({
      PORT: '0',
      HOST: '127.0.0.1',
      ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [subgraphUrlVariable(name), url])),
      // it signs every subgraph request, with the dev secret when the subgraphs do not check: the cost is measured
      ...(signingSecret ? { SUBGRAPH_SIGNING_SECRET: signingSecret } : {}),
      // the comparison is of gateway work per request: no gateway caches answers (the baselines have none)
      ENTITY_CACHE: 'off',
    }),
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
    missing: () => (resolvable('@graphql-hive/gateway') ? undefined : 'not installed: npm i -D @graphql-hive/gateway'),
    env: (urls) => ({ PORT: '0', ...jsonUrls(urls) }),
  },
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
  options: { signingSecret?: string; onLine?: (line: string) => void; cpuProfileDir?: string } = {},
): Promise<RunningGateway> {
  const child = await spawnChild<string>(target.script, target.env(subgraphUrls, options.signingSecret), {
    ready: (line) => READY.exec(line)?.[1],
    timeoutMs: 120_000,
    onLine: options.onLine,
    // V8 writes the profile when the process exits, i.e. when the bench stops the gateway at the end
    nodeArgs: options.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir] : [],
  });
  return { name: target.name, label: target.label, url: child.ready, pid: child.pid, child, stop: () => child.stop() };
}
