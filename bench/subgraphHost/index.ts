// The five subgraphs in one process of their own, for `npm run bench` and the load test (spawned by
// spawnSubgraphHost.ts, which sets the variables below). The only file here that reads the environment.
import { onShutdown } from '../../platform/http/shutdown';
import type { SubgraphSecurity } from '../../subgraphs/shared';
import type { BenchStorage } from './benchDatabases';
import { READY_PREFIX } from './spawnSubgraphHost';
import type { HostReady } from './spawnSubgraphHost';
import { startSubgraphHost } from './startSubgraphHost';

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value.trim() === '')
    throw new Error(`${name} is not set: start this through spawnSubgraphHost`);
  return value.trim();
}

function wholeNumber(name: string): number {
  const value = Number(required(name));
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be a whole number, got ${process.env[name]}`);
  return value;
}

async function main(): Promise<void> {
  const engine = required('BENCH_ENGINE');
  const storage: BenchStorage =
    engine === 'postgres'
      ? {
          engine,
          adminUrl: required('BENCH_POSTGRES_URL'),
          databasePrefix: required('BENCH_DB_PREFIX'),
          ...(process.env['BENCH_DB_POOL'] ? { poolSize: wholeNumber('BENCH_DB_POOL') } : {}),
        }
      : { engine: 'pglite', dataDir: process.env['BENCH_DATA_DIR'] || undefined };
  const asOf = new Date(required('BENCH_AS_OF'));
  if (Number.isNaN(asOf.getTime()))
    throw new Error(`BENCH_AS_OF must be an ISO instant, got ${process.env['BENCH_AS_OF']}`);
  const security: SubgraphSecurity =
    process.env['SUBGRAPH_AUTH'] === 'off'
      ? { mode: 'unsecured' }
      : { mode: 'signed', signingSecret: required('SUBGRAPH_SIGNING_SECRET') };

  // set by spawnSubgraphHost for --live: the change feed the gateway reads
  const feedRedisUrl = process.env['BENCH_FEED_REDIS_URL']?.trim();
  const host = await startSubgraphHost({
    storage,
    dataset: { customers: wholeNumber('BENCH_CUSTOMERS'), seed: wholeNumber('BENCH_SEED'), asOf },
    ...(feedRedisUrl ? { changes: { redisUrl: feedRedisUrl, prefix: required('BENCH_FEED_PREFIX') } } : {}),
    security,
    log: (line) => console.log(line),
  });
  const ready: HostReady = {
    subgraphUrls: host.subgraphUrls,
    controlUrl: host.controlUrl,
    dataset: host.dataset,
    storage: host.storage,
  };
  console.log(`${READY_PREFIX}${JSON.stringify(ready)}`);
  onShutdown(
    () => host.stop(),
    () => undefined,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
