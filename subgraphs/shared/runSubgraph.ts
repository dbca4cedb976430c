import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { SUBGRAPHS } from './catalog';
import { DEV_SIGNING_SECRET, redisNonceStore } from '../../platform/caller';
import { listenSubgraph } from './listenSubgraph';
import type { RunningSubgraph, SubgraphSecurity } from './listenSubgraph';
import { migrate, openEmbeddedPostgres, pgliteDb, postgresDb } from './db';
import type { Db } from './db';
import type { SubgraphModule } from './SubgraphModule';
import { onShutdown } from '../../platform/http/shutdown';
import { createLogger, logInternalError, parseLogLevel } from '../../platform/observability';
import {
  connectOrRetryLater,
  DEFAULT_CACHE_PREFIX,
  redisClient,
  redisInvalidationPublisher,
} from '../../platform/changeEvents';

export type Env = Readonly<Record<string, string | undefined>>;

export interface SubgraphEnv {
  port: number;
  host: string;
  /** Set: a real PostgreSQL database. Unset: an embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  security: SubgraphSecurity;
  /**
   * Set: mutations invalidate the gateways' entity caches in this Redis (under `cachePrefix`) before answering, and
   * the nonces of signed requests are kept there, so replicas sharing it accept each signed request once between them.
   */
  redisUrl: string | undefined;
  cachePrefix: string;
}

const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** Parses the environment of a subgraph running alone, reporting every bad variable in one error. */
export function parseSubgraphEnv(module: Pick<SubgraphModule, 'name'>, env: Env): SubgraphEnv {
  const defaultPort = SUBGRAPHS.find(({ name }) => name === module.name)?.defaultPort ?? 4000;
  const schema = z.object({
    PORT: z.preprocess(
      blank,
      z.coerce
        .number({
          error: `must be a whole number between 0 and 65535: set PORT to a free port such as ${defaultPort}, or unset it`,
        })
        .int()
        .min(0)
        .max(65535)
        .default(defaultPort),
    ),
    HOST: z.preprocess(blank, z.string().trim().default('127.0.0.1')),
    DATABASE_URL: z.preprocess(
      blank,
      z
        .string()
        .refine((url) => URL.canParse(url) && /^postgres(?:ql)?:$/.test(new URL(url).protocol), {
          error:
            'must be a postgres:// connection string such as postgres://user@host:5432/db; unset it to use embedded PGlite',
        })
        .optional(),
    ),
    DATA_DIR: z.preprocess(blank, z.string().trim().default(`.data/${module.name}`)),
    SUBGRAPH_AUTH: z.preprocess(
      blank,
      z
        .enum(['signed', 'off'], {
          error: 'must be signed (the default: only requests the gateway signed) or off (unsecured, local only)',
        })
        .default('signed')
        .refine((mode) => mode === 'signed' || env['NODE_ENV'] !== 'production', {
          error: 'off is refused when NODE_ENV=production: anyone could read and change data without the gateway',
        }),
    ),
    REDIS_URL: z.preprocess(
      blank,
      z
        .string()
        .refine((url) => URL.canParse(url) && /^rediss?:$/.test(new URL(url).protocol), {
          error: "must be a redis:// or rediss:// URL, the gateways' Redis (e.g. redis://127.0.0.1:6379); or unset it",
        })
        .optional(),
    ),
    ENTITY_CACHE_PREFIX: z.preprocess(blank, z.string().trim().default(DEFAULT_CACHE_PREFIX)),
    SUBGRAPH_SIGNING_SECRET: z.preprocess(
      blank,
      z
        .string()
        .min(32, { error: 'must be at least 32 characters: use the same random secret as the gateway' })
        .optional()
        .refine(
          (secret) => env['NODE_ENV'] !== 'production' || (secret !== undefined && secret !== DEV_SIGNING_SECRET),
          {
            error: "must be set to a secret of your own (the same as the gateway's) when NODE_ENV=production",
          },
        ),
    ),
  });
  // zod skips the checks of an optional field whose key is absent, so an unset SUBGRAPH_SIGNING_SECRET would pass
  // the production check and fall back to the public dev secret; present-but-undefined is checked
  const parsed = schema.safeParse({ SUBGRAPH_SIGNING_SECRET: undefined, ...env });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0]);
      const shown = variable.endsWith('SECRET') && env[variable] ? '(set; not shown)' : JSON.stringify(env[variable]);
      return `  - ${variable} (${shown}): ${issue.message}`;
    });
    throw new Error(`Invalid ${module.name} subgraph configuration:\n${lines.join('\n')}`);
  }
  const { PORT, HOST, DATABASE_URL, DATA_DIR, SUBGRAPH_AUTH, SUBGRAPH_SIGNING_SECRET, REDIS_URL, ENTITY_CACHE_PREFIX } =
    parsed.data;
  return {
    port: PORT,
    host: HOST,
    databaseUrl: DATABASE_URL,
    dataDir: resolve(DATA_DIR),
    security:
      SUBGRAPH_AUTH === 'off'
        ? { mode: 'unsecured' }
        : { mode: 'signed', signingSecret: SUBGRAPH_SIGNING_SECRET ?? DEV_SIGNING_SECRET },
    redisUrl: REDIS_URL,
    cachePrefix: ENTITY_CACHE_PREFIX,
  };
}

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
    const requestLogger = createLogger({ level: parseLogLevel(env['LOG_LEVEL']), base: { service: module.name } });
    let db: Db;
    let closeDb: () => Promise<void>;
    if (config.databaseUrl) {
      db = postgresDb(config.databaseUrl);
      closeDb = () => db.close();
      log(`${module.name}: using PostgreSQL at ${new URL(config.databaseUrl).host}`);
    } else {
      log(`${module.name}: starting embedded PostgreSQL (PGlite) in ${config.dataDir}…`);
      mkdirSync(config.dataDir, { recursive: true }); // PGlite creates the last folder only
      const embedded = await openEmbeddedPostgres(config.dataDir, (ms) =>
        log(`${module.name}:   still starting… ${Math.round(ms / 1000)}s`),
      );
      db = pgliteDb(embedded.pglite);
      closeDb = () => embedded.close();
      if (embedded.created)
        log(`${module.name}: created an empty database; \`npm start\` runs all five subgraphs with seeded data.`);
    }
    const applied = await migrate(db, module.name, module.migrationsDir);
    if (applied.length > 0) log(`${module.name}: applied migrations ${applied.join(', ')}`);
    const redis = config.redisUrl
      ? redisClient(config.redisUrl, { connectionName: `c360-${module.name}-invalidations` })
      : undefined;
    const warn = (error: Error) =>
      requestLogger.warn({ err: error.message }, 'entity cache invalidation: Redis failed');
    if (redis) await connectOrRetryLater(redis, warn);
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
      ...(redis ? { invalidation: redisInvalidationPublisher(redis, config.cachePrefix, warn) } : {}),
    });
    log(`${module.name} subgraph ready at ${running.url}`);
    if (config.security.mode === 'unsecured')
      log(`${module.name}: SUBGRAPH_AUTH=off — accepting unsigned requests from anyone. For local experiments only.`);
    onShutdown(async () => {
      await running.stop();
      redis?.disconnect();
      await closeDb();
    }, log);
    return running;
  } catch (error) {
    // callers run this as `void runSubgraph(...)`: the message is the whole story, a stack would bury it
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
