import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

export interface EmbeddedPostgres {
  pglite: PGlite;
  /** Whether the data dir was created now (a cold start) rather than reopened. */
  created: boolean;
  close(): Promise<void>;
}

/**
 * Opens (or creates) the one PGlite instance the process shares. `dataDir` undefined means in memory.
 * `onTick` is called about once a second while it starts, so callers can show progress: a cold start
 * initialises a whole cluster and takes several seconds.
 */
export async function openEmbeddedPostgres(
  dataDir: string | undefined,
  onTick: (elapsedMs: number) => void = () => undefined,
): Promise<EmbeddedPostgres> {
  const created = dataDir === undefined || !existsSync(join(dataDir, 'PG_VERSION'));
  const started = Date.now();
  const timer = setInterval(() => onTick(Date.now() - started), 1000);
  try {
    const pglite = await PGlite.create(dataDir ?? 'memory://');
    return { pglite, created, close: () => pglite.close() };
  } finally {
    clearInterval(timer);
  }
}
