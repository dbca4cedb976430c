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
  /** A data set of its own beside the usual one (the scale comparison's `scale_small`, `scale_large`). */
  variant?: string,
): Promise<BenchStorage> {
  const name = [options.quick ? 'quick' : undefined, variant].filter(Boolean).join('_');
  const pglite: BenchStorage = {
    engine: 'pglite',
    dataDir: resolve(name ? `.data/bench-${name.replace(/_/g, '-')}` : '.data/bench'),
  };
  if (options.engine === 'pglite') return pglite;
  const reachable = await postgresReachable(options.postgresUrl);
  if (reachable) {
    return {
      engine: 'postgres',
      adminUrl: options.postgresUrl,
      databasePrefix: name ? `c360_bench_${name}_` : 'c360_bench_',
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
