import { SUBGRAPH_NAMES } from '../../subgraphs/shared/catalog';
import type { SubgraphName } from '../../subgraphs/shared/catalog';
import { SUBGRAPH_MODULES } from '../../stack/subgraphModules';
import { listenSubgraph } from '../../subgraphs/shared';
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
