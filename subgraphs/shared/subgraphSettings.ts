import { resolve } from 'node:path';
import { DEV_SIGNING_SECRET, signingSecretVariable } from '../../platform/caller';
import { cachePrefixVariable } from '../../platform/changeEvents';
import { logLevelVariable } from '../../platform/observability';
import type { LogLevel } from '../../platform/observability';
import {
  enumVariable,
  isProduction,
  portVariable,
  postgresUrlVariable,
  readVariables,
  redisUrlVariable,
  stringVariable,
  throwIfIssues,
} from '../../platform/settings';
import type { Env, EnvIssue } from '../../platform/settings';
import { SUBGRAPHS } from './catalog';
import type { SubgraphSecurity } from './listenSubgraph';
import type { SubgraphModule } from './SubgraphModule';

/** What a subgraph running alone (subgraphs/<name>/index.ts, `npm run subgraph`) reads from its environment. */
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
  logLevel: LogLevel;
}

/** Reads a subgraph's variables, returning every problem rather than throwing, for a caller that reports more. */
export function readSubgraphVariables(
  module: Pick<SubgraphModule, 'name' | 'jobVariables'>,
  env: Env,
): { settings: SubgraphEnv; issues: EnvIssue[] } {
  const defaultPort = SUBGRAPHS.find(({ name }) => name === module.name)?.defaultPort ?? 4000;
  const production = isProduction(env);
  const { values, issues } = readVariables(env, {
    PORT: {
      schema: portVariable(defaultPort),
      fix: `Set PORT to a free port such as ${defaultPort}, or unset it for the default`,
    },
    HOST: {
      schema: stringVariable('127.0.0.1'),
      fix: 'Set HOST to an interface address such as 127.0.0.1 or 0.0.0.0',
    },
    DATABASE_URL: {
      schema: postgresUrlVariable(),
      fix: 'Set it to a connection string such as postgres://user@host:5432/db, or unset it to use embedded PGlite',
    },
    DATA_DIR: { schema: stringVariable(`.data/${module.name}`), fix: 'Set DATA_DIR to a writable folder' },
    SUBGRAPH_AUTH: {
      schema: enumVariable(['signed', 'off'], 'signed', 'must be signed or off').refine(
        (mode) => mode === 'signed' || !production,
        {
          error: 'off is refused when NODE_ENV=production: anyone could read and change data without the gateway',
        },
      ),
      fix: 'Set SUBGRAPH_AUTH to signed (the default: only requests the gateway signed) or off (unsecured, local only)',
    },
    SUBGRAPH_SIGNING_SECRET: signingSecretVariable(production),
    REDIS_URL: {
      schema: redisUrlVariable(),
      fix: "Set REDIS_URL to the gateways' Redis, e.g. redis://127.0.0.1:6379, or unset it",
    },
    ENTITY_CACHE_PREFIX: cachePrefixVariable(),
    LOG_LEVEL: logLevelVariable(),
  });
  return {
    settings: {
      port: values.PORT,
      host: values.HOST,
      databaseUrl: values.DATABASE_URL,
      dataDir: resolve(values.DATA_DIR),
      security:
        values.SUBGRAPH_AUTH === 'off'
          ? { mode: 'unsecured' }
          : { mode: 'signed', signingSecret: values.SUBGRAPH_SIGNING_SECRET ?? DEV_SIGNING_SECRET },
      redisUrl: values.REDIS_URL,
      cachePrefix: values.ENTITY_CACHE_PREFIX,
      logLevel: values.LOG_LEVEL,
    },
    // the module's scheduled jobs read their own variables when they start; their problems are reported here too
    issues: [...issues, ...(module.jobVariables?.(env) ?? [])],
  };
}

/** Parses the environment of a subgraph running alone, reporting every bad variable in one ConfigError. */
export function parseSubgraphEnv(module: Pick<SubgraphModule, 'name' | 'jobVariables'>, env: Env): SubgraphEnv {
  const { settings, issues } = readSubgraphVariables(module, env);
  throwIfIssues(issues, `${module.name} subgraph configuration`);
  return settings;
}
