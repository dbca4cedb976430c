import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createMissingDatabases } from './createMissingDatabases';
import type { Db } from './Db';
import { migrate } from './migrate';
import { openEmbeddedPostgres } from './openEmbeddedPostgres';
import type { EmbeddedPostgres } from './openEmbeddedPostgres';
import { pgliteDb } from './pgliteDb';
import { postgresDb } from './postgresDb';

/** What openSubgraphDatabases is doing, for a progress display. */
export type DatabaseProgress<Name extends string = string> =
  /** A subgraph uses a real PostgreSQL database; `host` is the URL's host, never its credentials. */
  | { step: 'postgres'; name: Name; host: string }
  /** The shared embedded instance is starting: once at 0 ms, then about once a second. */
  | { step: 'embedded-starting'; dataDir: string | undefined; elapsedMs: number; created: boolean }
  | { step: 'embedded-ready'; dataDir: string | undefined; elapsedMs: number; created: boolean }
  | { step: 'migrated'; name: Name; applied: string[] };

export interface SubgraphDatabaseOptions<Name extends string> {
  /** The subgraphs to open a database for; each name is also its PostgreSQL schema. */
  names: readonly Name[];
  /**
   * Where the one embedded PostgreSQL (PGlite) shared by every name without a URL keeps its data; undefined keeps
   * it in memory. One instance, not one per subgraph: each costs ~100 MB and seconds to start, and the schemas
   * (crm, orders…) keep the subgraphs' tables apart as separate databases would.
   */
  dataDir?: string | undefined;
  /** Names that use a real PostgreSQL database at this URL instead of the embedded one. */
  databaseUrls?: Partial<Record<Name, string>>;
  /**
   * Every name (without its own URL) gets the database `<databasePrefix><name>` on the server at `serverUrl`,
   * created when missing: one database per subgraph, as in production.
   */
  postgres?: { serverUrl: string; databasePrefix: string };
  /** Connections in each PostgreSQL pool; 10 by default. */
  poolSize?: number;
  /** Where a subgraph's `NNN_name.sql` files are; subgraphs/<name>/data/migrations by default. */
  migrationsDir?: (name: Name) => string;
  onProgress?: (event: DatabaseProgress<Name>) => void;
}

export interface SubgraphDatabases<Name extends string> {
  /** One migrated Db per name, each with its own statement counter. */
  dbs: Record<Name, Db>;
  /** Closes the pools and the embedded instance this call opened. */
  close(): Promise<void>;
}

/** The migrations folder of a subgraph laid out as subgraphs/<name>/data/migrations. */
export function defaultMigrationsDir(name: string): string {
  return join(__dirname, '..', '..', name, 'data', 'migrations');
}

/**
 * The one way a process opens its subgraphs' databases: a real PostgreSQL database for each name with a URL (or a
 * `<prefix><name>` database on a server), the one shared embedded PGlite for the rest, then each subgraph's
 * migrations. A subgraph running alone passes one name. When anything fails half-way, what was opened is closed.
 */
export async function openSubgraphDatabases<Name extends string>(
  options: SubgraphDatabaseOptions<Name>,
): Promise<SubgraphDatabases<Name>> {
  const progress = options.onProgress ?? (() => undefined);
  const opened: Db[] = [];
  let embedded: EmbeddedPostgres | undefined;
  const close = async () => {
    await Promise.all(opened.splice(0).map((db) => db.close()));
    await embedded?.close();
    embedded = undefined;
  };
  try {
    const urls = await postgresUrls(options);
    const dbs = {} as Record<Name, Db>;
    for (const name of options.names) {
      const url = urls[name];
      if (url !== undefined) {
        const db = postgresDb(url, { max: options.poolSize ?? 10 });
        opened.push(db);
        dbs[name] = db;
        progress({ step: 'postgres', name, host: new URL(url).host });
        continue;
      }
      embedded ??= await openEmbedded(options.dataDir, progress);
      dbs[name] = pgliteDb(embedded.pglite);
    }
    const migrationsDir = options.migrationsDir ?? defaultMigrationsDir;
    for (const name of options.names) {
      const applied = await migrate(dbs[name], name, migrationsDir(name));
      progress({ step: 'migrated', name, applied });
    }
    return { dbs, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/** The PostgreSQL URL of each name that has one: its own, else its database on the `postgres` server. */
async function postgresUrls<Name extends string>(
  options: SubgraphDatabaseOptions<Name>,
): Promise<Partial<Record<Name, string>>> {
  const urls: Partial<Record<Name, string>> = { ...options.databaseUrls };
  const server = options.postgres;
  if (!server) return urls;
  const missing = options.names.filter((name) => urls[name] === undefined);
  const databases = missing.map((name) => `${server.databasePrefix}${name}`);
  await createMissingDatabases(server.serverUrl, databases);
  missing.forEach((name, index) => {
    const url = new URL(server.serverUrl);
    url.pathname = `/${databases[index] ?? ''}`;
    urls[name] = url.toString();
  });
  return urls;
}

async function openEmbedded<Name extends string>(
  dataDir: string | undefined,
  progress: (event: DatabaseProgress<Name>) => void,
): Promise<EmbeddedPostgres> {
  const started = Date.now();
  // the same test openEmbeddedPostgres makes, wanted before it returns: a cold start is the slow one
  const created = dataDir === undefined || !existsSync(join(dataDir, 'PG_VERSION'));
  progress({ step: 'embedded-starting', dataDir, elapsedMs: 0, created });
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true }); // PGlite creates the last folder only
  const embedded = await openEmbeddedPostgres(dataDir, (elapsedMs) =>
    progress({ step: 'embedded-starting', dataDir, elapsedMs, created }),
  );
  progress({ step: 'embedded-ready', dataDir, elapsedMs: Date.now() - started, created: embedded.created });
  return embedded;
}
