import { spawnChild } from '../childProcess';
import type { Child } from '../childProcess';
import type { FetchCounter } from '../measureRun';
import type { FederationHostReady } from './startFederationHost';

export const FEDERATION_READY_PREFIX = 'BENCH_FEDERATION_READY ';

export interface RunningFederationHost extends FetchCounter {
  child: Child<FederationHostReady>;
  subgraphUrls: Record<string, string>;
  stop(): Promise<void>;
}

/** Starts bench/federationBench/index.ts: the federation workload's four subgraphs in one child process. */
export async function spawnFederationHost(onLine?: (line: string) => void): Promise<RunningFederationHost> {
  const child = await spawnChild<FederationHostReady>(
    'bench/federationBench/index.ts',
    {},
    {
      ready: (line) =>
        line.startsWith(FEDERATION_READY_PREFIX)
          ? (JSON.parse(line.slice(FEDERATION_READY_PREFIX.length)) as FederationHostReady)
          : undefined,
      timeoutMs: 60_000,
      onLine,
    },
  );
  return {
    child,
    subgraphUrls: child.ready.subgraphUrls,
    fetches: async () => {
      const response = await fetch(`${child.ready.controlUrl}/fetches`);
      if (!response.ok) throw new Error(`federation host /fetches: ${response.status} ${await response.text()}`);
      return (await response.json()) as Record<string, number>;
    },
    stop: () => child.stop(),
  };
}
