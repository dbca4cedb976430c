import { SUBGRAPH_NAMES } from '../../subgraphs/shared/catalog';
import type { SubgraphName } from '../../subgraphs/shared/catalog';
import { SUBGRAPH_MODULES } from '../../stack/subgraphModules';
import { listenSubgraph } from '../../subgraphs/shared';
import {
  connectOrRetryLater,
  redisChangeFeed,
  redisClient,
  redisInvalidationPublisher,
} from '../../platform/changeEvents';
import type { ChangeFeed, InvalidationPublisher } from '../../platform/changeEvents';
import type { RunningSubgraph, SubgraphModule, SubgraphSecurity } from '../../subgraphs/shared';
import { openBenchDatabases } from './benchDatabases';
import type { BenchStorage } from './benchDatabases';
import { startControlServer } from './controlServer';
import { ensureDataset } from './ensureDataset';
import type { DatasetSpec } from './ensureDataset';

export interface SubgraphHostOptions {
  storage: BenchStorage;
  dataset: DatasetSpec;
  security: SubgraphSecurity;
  log: (line: string) => void;
  /**
   * The Redis where mutations announce their changes (the stream `<prefix>changes`) and invalidate cache tags, as
   * runSubgraph does with REDIS_URL: --live's gateway, in another process, reads the feed there. Nowhere when left out.
   */
  changes?: { redisUrl: string; prefix: string };
}

export interface SubgraphHost {
  subgraphUrls: Record<SubgraphName, string>;
  /** See controlServer.ts: fetch counters and data samples. */
  controlUrl: string;
  dataset: 'reused' | 'seeded';
  storage: string;
  stop(): Promise<void>;
}

/**
 * The five subgraphs on free ports over the benchmark's databases, seeded once, each counting the GraphQL
 * requests it serves. Counting in createContext costs one increment: Apollo builds one context per HTTP request,
 * so the count is exactly the fetches a gateway sent.
 */
export async function startSubgraphHost(options: SubgraphHostOptions): Promise<SubgraphHost> {
  const { log } = options;
  const databases = await openBenchDatabases(options.storage);
  const stops: (() => Promise<void>)[] = [() => databases.close()];
  const stop = async () => {
    for (const step of stops.splice(0).reverse()) await step();
  };
  try {
    log(`storage: ${databases.description}`);
    const dataset = await ensureDataset(databases.dbs, options.dataset, log);
    const announce = options.changes ? await openAnnouncing(options.changes, log) : undefined;
    if (announce) stops.push(announce.close);

    const fetches = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 0])) as Record<SubgraphName, number>;
    const subgraphUrls = {} as Record<SubgraphName, string>;
    for (const name of SUBGRAPH_NAMES) {
      const module = SUBGRAPH_MODULES[name];
      const counting: SubgraphModule<object> = {
        ...module,
        createContext: (db) => {
          fetches[name] += 1;
          return module.createContext(db);
        },
      };
      const running: RunningSubgraph = await listenSubgraph(counting, databases.dbs[name], {
        port: 0,
        host: '127.0.0.1',
        security: options.security,
        ...(announce ? { invalidation: announce.invalidation, changeFeed: announce.changeFeed } : {}),
        onInternalError: (error) => console.error(`${name}: internal error hidden from the client:`, error),
      });
      stops.push(() => running.stop());
      subgraphUrls[name] = running.url;
    }
    const control = await startControlServer(databases.dbs, fetches);
    stops.push(() => control.close());
    return { subgraphUrls, controlUrl: control.url, dataset, storage: databases.description, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** The Redis change feed and invalidation publisher every subgraph of the host announces through. */
async function openAnnouncing(
  changes: { redisUrl: string; prefix: string },
  log: (line: string) => void,
): Promise<{ invalidation: InvalidationPublisher; changeFeed: ChangeFeed; close: () => Promise<void> }> {
  const warn = (what: string) => (error: Error) => log(`${what}: Redis failed: ${error.message}`);
  const redis = redisClient(changes.redisUrl, { connectionName: 'c360-bench-subgraphs-invalidations' });
  await connectOrRetryLater(redis, warn('entity cache invalidation'));
  const changeFeed = await redisChangeFeed({
    url: changes.redisUrl,
    prefix: changes.prefix,
    connectionName: 'c360-bench-subgraphs-changes',
    onError: warn('change feed'),
  });
  return {
    invalidation: redisInvalidationPublisher(redis, changes.prefix, warn('entity cache invalidation')),
    changeFeed,
    close: async () => {
      await changeFeed.close();
      redis.disconnect();
    },
  };
}
