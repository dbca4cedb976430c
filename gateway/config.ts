import { readAuthVariables } from './auth';
import type { AuthOptions } from './auth';
import { logLevelVariable } from '../platform/observability';
import type { LogLevel } from '../platform/observability';
import {
  enumVariable,
  httpUrlVariable,
  integerVariable,
  portVariable,
  readMatchingVariables,
  readVariables,
  stringVariable,
  throwIfIssues,
} from '../platform/settings';
import type { Env, EnvIssue } from '../platform/settings';
import { readEntityCacheVariables } from './dataSources/cache/entityCacheConfig';
import type { EntityCacheConfig } from './dataSources/cache/entityCacheConfig';
import { readLimitVariables } from './limits';
import type { RequestLimits } from './limits';
import { DEFAULT_DRAIN_MS, DEFAULT_RESILIENCE } from './dataSources/resilienceOptions';
import type { ResilienceOptions } from './dataSources/resilienceOptions';
import { loadSupergraph, SupergraphError } from './supergraph';
import type { LoadedSupergraph } from './supergraph';
import { readTrustedDocumentVariables } from './trustedDocuments';
import { readLiveVariables } from './subscriptions/liveSettings';
import type { LiveSettings } from './subscriptions/liveSettings';
import type { TrustedDocumentsOptions } from './trustedDocuments';
import { readConsoleVariables } from './console';
import { readSupergraphReloadVariables } from './reload/reloadSettings';
import type { SupergraphReloadSettings } from './reload/reloadSettings';
import type { ConsoleOptions } from './console';
import { packageFile } from './packageRoot';

export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '127.0.0.1';
/** Inside PACKAGE_ROOT (the repository, or dist/ once built), whatever the working directory. */
export const DEFAULT_SUPERGRAPH_PATH = 'schema/supergraph.graphql';

/**
 * What the gateway's variables set for createGateway (and startAll, which passes them on): one type from the
 * environment to the gateway, so no layer copies them field by field.
 */
export interface GatewaySettings {
  /** Subgraph timeouts, retries and circuit breakers. */
  resilience: ResilienceOptions;
  /** GRAPHQL_* request limits (depth, aliases, cost, body size, batching, introspection). */
  limits: RequestLimits;
  /** AUTH_MODE and JWT_*: how bearer tokens are verified. */
  auth: AuthOptions;
  /** SUBGRAPH_SIGNING_SECRET: signs every subgraph request. */
  signingSecret: string;
  /** TRUSTED_DOCUMENTS*: the persisted-documents manifest and who may only run its operations. */
  trustedDocuments: TrustedDocumentsOptions;
  /** ENTITY_CACHE, ENTITY_CACHE_MAX_ENTRIES, ENTITY_CACHE_PREFIX, REDIS_URL: the entity cache. */
  entityCache: EntityCacheConfig;
  /** How long SIGTERM waits for requests in flight. */
  drainMs: number;
  /** LIVE_*: coalescing, buffers, replay and the subscription limits (gateway/subscriptions/liveSettings.ts). */
  live: LiveSettings;
  /** CONSOLE_*: where the console's build is, its OpenID Connect client, who may frame its customer card. */
  console: ConsoleOptions;
}

/** GatewaySettings as a caller gives them: any of them, and any fields of resilience and limits (defaults fill in). */
export type GatewaySettingsInput = Partial<Omit<GatewaySettings, 'resilience' | 'limits' | 'live'>> & {
  resilience?: Partial<ResilienceOptions> | undefined;
  limits?: Partial<RequestLimits> | undefined;
  live?: Partial<LiveSettings> | undefined;
};

/** The gateway's settings and what only its own process needs: where to listen, the supergraph, the logs. */
export interface GatewayConfig extends GatewaySettings {
  port: number;
  host: string;
  supergraph: LoadedSupergraph;
  /** SUPERGRAPH_WATCH, SUPERGRAPH_URL, SUPERGRAPH_POLL_INTERVAL: where a new supergraph comes from (gateway/reload). */
  supergraphReload: SupergraphReloadSettings;
  /** Subgraph name → URL, only for the subgraphs whose SUBGRAPH_<NAME>_URL is set. */
  subgraphUrls: Record<string, string>;
  /** LOG_LEVEL: how much the request logs say. */
  logLevel: LogLevel;
  /** NODE_ENV=production: no dev secrets, no playground role switcher, no schema hints. */
  production: boolean;
}

const OVERRIDE = /^SUBGRAPH_.+_URL$/;
const TIMEOUT_OVERRIDE = /^SUBGRAPH_.+_TIMEOUT_MS$/;
/** Ten minutes: a longer deadline is a typo, and would let one stuck subgraph hold requests for ever. */
const MAX_TIMEOUT_MS = 600_000;

/**
 * The variable that overrides a subgraph's URL: `crm` → SUBGRAPH_CRM_URL. Characters that cannot appear in a
 * variable name (a `-` in `my-service`) become `_`.
 */
export function subgraphUrlVariable(subgraphName: string): string {
  return `SUBGRAPH_${variablePart(subgraphName)}_URL`;
}

/** The variable that sets one subgraph's deadline: `crm` → SUBGRAPH_CRM_TIMEOUT_MS. */
export function subgraphTimeoutVariable(subgraphName: string): string {
  return `SUBGRAPH_${variablePart(subgraphName)}_TIMEOUT_MS`;
}

function variablePart(subgraphName: string): string {
  return subgraphName.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/**
 * Reads the gateway's environment, returning every bad variable instead of throwing, so `npm start` can report
 * them with its own. Reads the supergraph file (through `load`, replaceable in tests) because which
 * SUBGRAPH_<NAME>_URL variables are valid depends on the subgraphs it names. `config` is undefined when the
 * supergraph could not be read.
 */
export function readGatewayVariables(
  env: Env,
  load: (path: string) => LoadedSupergraph = loadSupergraph,
): { config: GatewayConfig | undefined; issues: EnvIssue[] } {
  const { values, issues } = readVariables(env, {
    PORT: {
      schema: portVariable(DEFAULT_PORT),
      fix: `Set PORT to a free port such as ${DEFAULT_PORT}, or unset it for the default`,
    },
    HOST: {
      schema: stringVariable(DEFAULT_HOST),
      fix: 'Set HOST to an interface address such as 127.0.0.1 or 0.0.0.0',
    },
    SUPERGRAPH_PATH: {
      schema: stringVariable(packageFile(DEFAULT_SUPERGRAPH_PATH)),
      fix: 'Set SUPERGRAPH_PATH to a composed supergraph file',
    },
    SUBGRAPH_TIMEOUT_MS: {
      schema: integerVariable(DEFAULT_RESILIENCE.timeoutMs, { min: 1, max: MAX_TIMEOUT_MS }),
      fix: `Set SUBGRAPH_TIMEOUT_MS to a deadline in milliseconds per subgraph call, e.g. ${DEFAULT_RESILIENCE.timeoutMs}`,
    },
    SUBGRAPH_RETRIES: {
      schema: integerVariable(DEFAULT_RESILIENCE.retries, { max: 10 }),
      fix: `Set SUBGRAPH_RETRIES to how often a failed query is retried (0-10), e.g. ${DEFAULT_RESILIENCE.retries}`,
    },
    SUBGRAPH_RETRY_BASE_DELAY_MS: {
      schema: integerVariable(DEFAULT_RESILIENCE.baseDelayMs, { max: MAX_TIMEOUT_MS }),
      fix: `Set SUBGRAPH_RETRY_BASE_DELAY_MS to the first retry's backoff ceiling in milliseconds, e.g. ${DEFAULT_RESILIENCE.baseDelayMs}`,
    },
    SUBGRAPH_RETRY_MAX_DELAY_MS: {
      schema: integerVariable(DEFAULT_RESILIENCE.maxDelayMs, { max: MAX_TIMEOUT_MS }),
      fix: `Set SUBGRAPH_RETRY_MAX_DELAY_MS to the largest backoff in milliseconds, e.g. ${DEFAULT_RESILIENCE.maxDelayMs}`,
    },
    SUBGRAPH_BREAKER_FAILURES: {
      schema: integerVariable(DEFAULT_RESILIENCE.breakerFailures, { min: 1, max: 1000 }),
      fix: `Set SUBGRAPH_BREAKER_FAILURES to the consecutive failures that open a subgraph's circuit breaker, e.g. ${DEFAULT_RESILIENCE.breakerFailures}`,
    },
    SUBGRAPH_BREAKER_COOLDOWN_MS: {
      schema: integerVariable(DEFAULT_RESILIENCE.breakerCooldownMs, { min: 1, max: MAX_TIMEOUT_MS }),
      fix: `Set SUBGRAPH_BREAKER_COOLDOWN_MS to how long an open breaker fails fast before probing, e.g. ${DEFAULT_RESILIENCE.breakerCooldownMs}`,
    },
    SUBGRAPH_DEDUP: {
      schema: enumVariable(['on', 'off'], DEFAULT_RESILIENCE.dedup ? 'on' : 'off', 'must be on or off'),
      fix: 'Set SUBGRAPH_DEDUP to on (the default: identical queries in flight share one subgraph call) or off',
    },
    SHUTDOWN_DRAIN_MS: {
      schema: integerVariable(DEFAULT_DRAIN_MS, { max: MAX_TIMEOUT_MS }),
      fix: `Set SHUTDOWN_DRAIN_MS to how long a stopping gateway waits for requests in flight, e.g. ${DEFAULT_DRAIN_MS}`,
    },
    LOG_LEVEL: logLevelVariable(),
  });

  const { limits, issues: limitIssues } = readLimitVariables(env);
  const { config: authConfig, issues: authIssues } = readAuthVariables(env);
  const { trustedDocuments, issues: trustedDocumentIssues } = readTrustedDocumentVariables(env);
  const { entityCache, issues: entityCacheIssues } = readEntityCacheVariables(env);
  const { live, issues: liveIssues } = readLiveVariables(env);
  const { console: consoleOptions, issues: consoleIssues } = readConsoleVariables(env);
  const { reload: supergraphReload, issues: reloadIssues } = readSupergraphReloadVariables(env);
  issues.push(
    ...limitIssues,
    ...authIssues,
    ...trustedDocumentIssues,
    ...entityCacheIssues,
    ...liveIssues,
    ...consoleIssues,
    ...reloadIssues,
  );

  let supergraph: LoadedSupergraph | undefined;
  try {
    supergraph = load(values.SUPERGRAPH_PATH);
  } catch (error) {
    if (!(error instanceof SupergraphError)) throw error;
    issues.push({ variable: 'SUPERGRAPH_PATH', value: env['SUPERGRAPH_PATH'], problem: error.message, fix: '' });
  }

  const urls = readMatchingVariables(env, OVERRIDE, (variable) => ({
    schema: httpUrlVariable(),
    fix: `Set ${variable} to the subgraph's GraphQL endpoint, e.g. http://127.0.0.1:4001/graphql`,
  }));
  const timeouts = readMatchingVariables(env, TIMEOUT_OVERRIDE, (variable) => ({
    schema: integerVariable(DEFAULT_RESILIENCE.timeoutMs, { min: 1, max: MAX_TIMEOUT_MS }),
    fix: `Set ${variable} to this subgraph's deadline in milliseconds, e.g. ${DEFAULT_RESILIENCE.timeoutMs}`,
  }));
  issues.push(...urls.issues, ...timeouts.issues);
  // without a supergraph nobody can tell which names exist; the SUPERGRAPH_PATH issue says why
  if (!supergraph) return { config: undefined, issues };
  const subgraphUrls = bySubgraph(urls.values, supergraph, subgraphUrlVariable, env, issues);
  const timeoutsMs = bySubgraph(timeouts.values, supergraph, subgraphTimeoutVariable, env, issues);

  return {
    config: {
      port: values.PORT,
      host: values.HOST,
      supergraph,
      supergraphReload,
      subgraphUrls,
      resilience: {
        timeoutMs: values.SUBGRAPH_TIMEOUT_MS,
        timeoutsMs,
        retries: values.SUBGRAPH_RETRIES,
        baseDelayMs: values.SUBGRAPH_RETRY_BASE_DELAY_MS,
        maxDelayMs: values.SUBGRAPH_RETRY_MAX_DELAY_MS,
        breakerFailures: values.SUBGRAPH_BREAKER_FAILURES,
        breakerCooldownMs: values.SUBGRAPH_BREAKER_COOLDOWN_MS,
        dedup: values.SUBGRAPH_DEDUP === 'on',
      },
      drainMs: values.SHUTDOWN_DRAIN_MS,
      limits,
      auth: authConfig.auth,
      signingSecret: authConfig.signingSecret,
      production: authConfig.production,
      logLevel: values.LOG_LEVEL,
      trustedDocuments,
      entityCache,
      live,
      console: consoleOptions,
    },
    issues,
  };
}

/** Parses and validates the gateway's environment once, at start-up, reporting every bad variable in one ConfigError. */
export function parseGatewayConfig(env: Env, load?: (path: string) => LoadedSupergraph): GatewayConfig {
  const { config, issues } = readGatewayVariables(env, load);
  throwIfIssues(issues, 'gateway configuration');
  if (!config) throw new Error('unreachable: no supergraph, yet no issue says why');
  return config;
}

/** Per-subgraph values (SUBGRAPH_<NAME>_…) by subgraph name; a variable naming no subgraph is an issue. */
function bySubgraph<Value>(
  byVariable: ReadonlyMap<string, Value>,
  supergraph: LoadedSupergraph,
  variableOf: (name: string) => string,
  env: Env,
  issues: EnvIssue[],
): Record<string, Value> {
  const names = new Map(supergraph.subgraphs.map(({ name }) => [variableOf(name), name]));
  const result: Record<string, Value> = {};
  for (const [variable, value] of byVariable) {
    const name = names.get(variable);
    if (name === undefined) issues.push(unknownSubgraphIssue(variable, env[variable], supergraph, variableOf));
    else result[name] = value;
  }
  return result;
}

function unknownSubgraphIssue(
  variable: string,
  value: string | undefined,
  supergraph: LoadedSupergraph,
  variableOf: (name: string) => string,
): EnvIssue {
  const known = supergraph.subgraphs.map(({ name }) => `${name} (${variableOf(name)})`).join(', ');
  return {
    variable,
    value,
    problem: `${supergraph.path} has no subgraph by that name`,
    fix: `Use one of: ${known}; or unset ${variable}`,
  };
}
