import { redisNonceStore } from '../../platform/caller';
import type { Env } from '../../platform/settings';
import { listenSubgraph } from './listenSubgraph';
import type { RunningSubgraph, SubgraphSecurity } from './listenSubgraph';
import { describeDatabaseProgress, openSubgraphDatabases } from './db';
import type { SubgraphModule } from './SubgraphModule';
import { parseSubgraphEnv } from './subgraphSettings';
import { onShutdown } from '../../platform/http/shutdown';
import { createLogger, logInternalError } from '../../platform/observability';
import {
  connectOrRetryLater,
  redisChangeFeed,
  redisClient,
  redisInvalidationPublisher,
} from '../../platform/changeEvents';

/**
 * Runs one subgraph on its own: its database (PostgreSQL at DATABASE_URL, else an embedded PGlite in DATA_DIR),
 * its migrations, and its HTTP endpoint. Stops cleanly on SIGINT/SIGTERM. Used by subgraphs/<name>/index.ts and
 * `npm run subgraph -- <name>`. Exits the process with a readable message when it cannot start.
 */
export async function runSubgraph<Context extends object>(
  module: SubgraphModule<Context>,
  env: Env,
  log: (line: string) => void = (line) => console.log(line),
): Promise<RunningSubgraph> {
  try {
    const config = parseSubgraphEnv(module, env);
    const requestLogger = createLogger({ level: config.logLevel, base: { service: module.name } });
    const databases = await openSubgraphDatabases({
      names: [module.name],
      dataDir: config.dataDir,
      databaseUrls: config.databaseUrl ? { [module.name]: config.databaseUrl } : {},
      migrationsDir: () => module.migrationsDir,
      onProgress: (event) => {
        const line = describeDatabaseProgress(event);
        if (line !== undefined) log(`${module.name}: ${line}`);
      },
    });
    const db = databases.dbs[module.name];
    const closeDb = databases.close;
    const redis = config.redisUrl
      ? redisClient(config.redisUrl, { connectionName: `c360-${module.name}-invalidations` })
      : undefined;
    const warn = (error: Error) =>
      requestLogger.warn({ err: error.message }, 'entity cache invalidation: Redis failed');
    if (redis) await connectOrRetryLater(redis, warn);
    // without Redis nobody outside this process could read the feed: the writes announce to the caches only
    const changeFeed = config.redisUrl
      ? await redisChangeFeed({
          url: config.redisUrl,
          prefix: config.cachePrefix,
          connectionName: `c360-${module.name}-changes`,
          onError: (error) => requestLogger.warn({ err: error.message }, 'change feed: Redis failed'),
        })
      : undefined;
    // with Redis, the replay check is shared by every replica on it; without, each process remembers its own
    const security: SubgraphSecurity =
      redis && config.security.mode === 'signed'
        ? { ...config.security, nonces: redisNonceStore(redis) }
        : config.security;
    const running = await listenSubgraph(module, db, {
      port: config.port,
      host: config.host,
      security,
      log: requestLogger,
      onInternalError: logInternalError(requestLogger),
      jobVariables: env,
      ...(redis ? { invalidation: redisInvalidationPublisher(redis, config.cachePrefix, warn) } : {}),
      ...(changeFeed ? { changeFeed } : {}),
    });
    log(`${module.name} subgraph ready at ${running.url}`);
    if (config.security.mode === 'unsecured')
      log(`${module.name}: SUBGRAPH_AUTH=off — accepting unsigned requests from anyone. For local experiments only.`);
    onShutdown(async () => {
      await running.stop();
      redis?.disconnect();
      await changeFeed?.close();
      await closeDb();
    }, log);
    return running;
  } catch (error) {
    // callers run this as `void runSubgraph(...)`: the message is the whole story, a stack would bury it
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
