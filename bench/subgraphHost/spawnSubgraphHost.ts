import type { SubgraphName } from '../../subgraphs/shared/catalog';
import { spawnChild } from '../childProcess';
import type { Child } from '../childProcess';
import type { BenchStorage } from './benchDatabases';
import type { DataCounts, DataSample } from './controlServer';
import type { DatasetSpec } from './ensureDataset';

export const READY_PREFIX = 'BENCH_SUBGRAPHS_READY ';

/** What the subgraph process announces when it is ready. */
export interface HostReady {
  subgraphUrls: Record<SubgraphName, string>;
  controlUrl: string;
  dataset: 'reused' | 'seeded';
  storage: string;
}

export interface RunningSubgraphHost {
  child: Child<HostReady>;
  subgraphUrls: Record<SubgraphName, string>;
  /** GraphQL requests each subgraph has served since it started. */
  fetches(): Promise<Record<SubgraphName, number>>;
  sample(size: number, key: string): Promise<DataSample>;
  /** Up to `size` customers with a parcel not yet delivered or returned, or an order still PENDING or PAID. */
  activeCustomers(size: number, key: string): Promise<string[]>;
  /** Customers and orders in the data set. */
  counts(): Promise<DataCounts>;
  stop(): Promise<void>;
}

export interface SpawnHostOptions {
  storage: BenchStorage;
  dataset: DatasetSpec;
  /** `off`: unsecured (a gateway that cannot sign, such as the plain Apollo baseline, can call them). */
  auth: { mode: 'off' } | { mode: 'signed'; signingSecret: string };
  /** Seeding 100,000 customers takes minutes; the default allows half an hour. */
  timeoutMs?: number;
  onLine?: (line: string) => void;
  /** The change feed's Redis and key prefix: mutations announce there (and invalidate); nowhere when left out. */
  changes?: { redisUrl: string; prefix: string };
}

/** Starts bench/subgraphHost/index.ts: the five subgraphs in one child process, seeded. */
export async function spawnSubgraphHost(options: SpawnHostOptions): Promise<RunningSubgraphHost> {
  const { storage, dataset, auth } = options;
  const env: Record<string, string> = {
    BENCH_ENGINE: storage.engine,
    BENCH_CUSTOMERS: String(dataset.customers),
    BENCH_SEED: String(dataset.seed),
    BENCH_AS_OF: dataset.asOf.toISOString(),
    SUBGRAPH_AUTH: auth.mode,
    SUBGRAPH_SIGNING_SECRET: auth.mode === 'signed' ? auth.signingSecret : '',
    ...(storage.engine === 'postgres'
      ? {
          BENCH_POSTGRES_URL: storage.adminUrl,
          BENCH_DB_PREFIX: storage.databasePrefix,
          ...(storage.poolSize ? { BENCH_DB_POOL: String(storage.poolSize) } : {}),
        }
      : { BENCH_DATA_DIR: storage.dataDir ?? '' }),
    ...(options.changes
      ? { BENCH_FEED_REDIS_URL: options.changes.redisUrl, BENCH_FEED_PREFIX: options.changes.prefix }
      : {}),
  };
  const child = await spawnChild<HostReady>('bench/subgraphHost/index.ts', env, {
    ready: (line) =>
      line.startsWith(READY_PREFIX) ? (JSON.parse(line.slice(READY_PREFIX.length)) as HostReady) : undefined,
    timeoutMs: options.timeoutMs ?? 30 * 60_000,
    onLine: options.onLine,
  });
  const control = child.ready.controlUrl;
  const getJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${control}${path}`);
    if (!response.ok) throw new Error(`subgraph host ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    child,
    subgraphUrls: child.ready.subgraphUrls,
    fetches: () => getJson('/fetches'),
    sample: (size, key) => getJson(`/sample?size=${size}&key=${encodeURIComponent(key)}`),
    counts: () => getJson('/counts'),
    activeCustomers: (size, key) => getJson(`/active-customers?size=${size}&key=${encodeURIComponent(key)}`),
    stop: () => child.stop(),
  };
}
