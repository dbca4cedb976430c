import { resolve } from 'node:path';
import type { BenchOptions } from './benchArgs';
import { postgresReachable } from './subgraphHost/benchDatabases';
import type { BenchStorage } from './subgraphHost/benchDatabases';

/**
 * PostgreSQL when asked for or reachable, else PGlite in .data/. Quick runs keep their small data set apart
 * (other database names, another folder), so a smoke test never makes the next full run seed 100,000 customers
 * again.
 */
export async function chooseStorage(
  options: Pick<BenchOptions, 'engine' | 'postgresUrl' | 'quick'>,
  log: (line: string) => void,
): Promise<BenchStorage> {
  const pglite: BenchStorage = {
    engine: 'pglite',
    dataDir: resolve(options.quick ? '.data/bench-quick' : '.data/bench'),
  };
  if (options.engine === 'pglite') return pglite;
  const reachable = await postgresReachable(options.postgresUrl);
  if (reachable) {
    return {
      engine: 'postgres',
      adminUrl: options.postgresUrl,
      databasePrefix: options.quick ? 'c360_bench_quick_' : 'c360_bench_',
    };
  }
  const where = new URL(options.postgresUrl).host;
  if (options.engine === 'postgres') {
    throw new Error(
      `PostgreSQL at ${where} is unreachable: start it, pass --postgres-url for another server, or --engine pglite.`,
    );
  }
  log(`PostgreSQL at ${where} is unreachable; using PGlite (embedded, slower) in ${pglite.dataDir}`);
  return pglite;
}
