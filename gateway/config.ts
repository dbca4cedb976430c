import { readAuthVariables } from './auth';
import { readLogLevel } from './observability/readLogLevel';
import type { LogLevel } from './observability';
import type { AuthOptions } from './auth';
import {
  ConfigError,
  httpUrlVariable,
  integerVariable,
  portVariable,
  readVariables,
  stringVariable,
} from '../platform/settings/env';
import type { Env, EnvIssue } from '../platform/settings/env';
import { readEntityCacheVariables } from './entityCache/entityCacheConfig';
import type { EntityCacheConfig } from './entityCache/entityCacheConfig';
import { readLimitVariables } from './limits';
import type { RequestLimits } from './limits';
import { DEFAULT_DRAIN_MS, DEFAULT_RESILIENCE } from './resilience/options';
import type { ResilienceOptions } from './resilience/options';
import { loadSupergraph, SupergraphError } from './supergraph';
import type { LoadedSupergraph } from './supergraph';
import { readTrustedDocumentVariables } from './trustedDocuments';
import type { TrustedDocumentsOptions } from './trustedDocuments';

export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_SUPERGRAPH_PATH = 'schema/supergraph.graphql';

export interface GatewayConfig {
  port: number;
  host: string;
  supergraph: LoadedSupergraph;
  /** Subgraph name → URL, only for the subgraphs whose SUBGRAPH_<NAME>_URL is set. */
  subgraphUrls: Record<string, string>;
  /** Subgraph timeouts, retries and circuit breakers. */
  resilience: ResilienceOptions;
  /** How long SIGTERM waits for requests in flight. */
  drainMs: number;
  /** GRAPHQL_* request limits (depth, aliases, cost, body size, batching, introspection). */
  limits: RequestLimits;
  /** AUTH_MODE and JWT_*: how bearer tokens are verified. */
  auth: AuthOptions;
  /** SUBGRAPH_SIGNING_SECRET: signs every subgraph request. */
  signingSecret: string;
  /** LOG_LEVEL: how much the request logs say. */
  logLevel: LogLevel;
  /** NODE_ENV=production: no dev secrets, no playground role switcher, no schema hints. */
  production: boolean;
  /** TRUSTED_DOCUMENTS*: the persisted-documents manifest and who may only run its operations. */
  trustedDocuments: TrustedDocumentsOptions;
  /** ENTITY_CACHE, ENTITY_CACHE_MAX_ENTRIES, ENTITY_CACHE_PREFIX, REDIS_URL: the entity cache. */
  entityCache: EntityCacheConfig;
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
 * Parses and validates the gateway's environment once, at start-up, reporting every bad variable together in one
 * ConfigError. Reads the supergraph file (through `load`, replaceable in tests) because which SUBGRAPH_<NAME>_URL
 * variables are valid depends on the subgraphs it names.
 */
export function parseGatewayConfig(env: Env, load: (path: string) => LoadedSupergraph = loadSupergraph): GatewayConfig {
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
      schema: stringVariable(DEFAULT_SUPERGRAPH_PATH),
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
    SHUTDOWN_DRAIN_MS: {
      schema: integerVariable(DEFAULT_DRAIN_MS, { max: MAX_TIMEOUT_MS }),
      fix: `Set SHUTDOWN_DRAIN_MS to how long a stopping gateway waits for requests in flight, e.g. ${DEFAULT_DRAIN_MS}`,
    },
  });

  const { limits, issues: limitIssues } = readLimitVariables(env);
  issues.push(...limitIssues);
  const { config: authConfig, issues: authIssues } = readAuthVariables(env);
  issues.push(...authIssues);
  const { level: logLevel, issues: logIssues } = readLogLevel(env);
  issues.push(...logIssues);
  const { trustedDocuments, issues: trustedDocumentIssues } = readTrustedDocumentVariables(env);
  issues.push(...trustedDocumentIssues);
  const { entityCache, issues: entityCacheIssues } = readEntityCacheVariables(env);
  issues.push(...entityCacheIssues);

  let supergraph: LoadedSupergraph | undefined;
  const path = values.SUPERGRAPH_PATH;
  try {
    supergraph = load(path);
  } catch (error) {
    if (!(error instanceof SupergraphError)) throw error;
    issues.push({ variable: 'SUPERGRAPH_PATH', value: env['SUPERGRAPH_PATH'], problem: error.message, fix: '' });
  }

  const subgraphUrls: Record<string, string> = {};
  const byVariable = new Map(supergraph?.subgraphs.map(({ name }) => [subgraphUrlVariable(name), name]));
  for (const [variable, raw] of Object.entries(env)) {
    // blank means unset here too: `SUBGRAPH_CRM_URL= npm run gateway` keeps the composed URL
    if (!OVERRIDE.test(variable) || raw === undefined || raw.trim() === '') continue;
    const url = httpUrlVariable.safeParse(raw);
    if (!url.success) {
      issues.push(urlIssue(variable, raw, url.error.issues.map((issue) => issue.message).join('; ')));
      continue;
    }
    if (!supergraph) continue; // cannot tell which names exist; the SUPERGRAPH_PATH issue says why
    const name = byVariable.get(variable);
    if (name === undefined) {
      issues.push(unknownSubgraphIssue(variable, raw, supergraph));
      continue;
    }
    if (typeof url.data === 'string') subgraphUrls[name] = url.data;
  }

  const timeoutsMs: Record<string, number> = {};
  const byTimeoutVariable = new Map(supergraph?.subgraphs.map(({ name }) => [subgraphTimeoutVariable(name), name]));
  const timeout = integerVariable(0, { min: 1, max: MAX_TIMEOUT_MS });
  for (const [variable, raw] of Object.entries(env)) {
    if (!TIMEOUT_OVERRIDE.test(variable) || raw === undefined || raw.trim() === '') continue;
    const parsed = timeout.safeParse(raw);
    if (!parsed.success) {
      issues.push({
        variable,
        value: raw,
        problem: parsed.error.issues.map((issue) => issue.message).join('; '),
        fix: `Set ${variable} to this subgraph's deadline in milliseconds, e.g. ${DEFAULT_RESILIENCE.timeoutMs}`,
      });
      continue;
    }
    if (!supergraph) continue;
    const name = byTimeoutVariable.get(variable);
    if (name === undefined) {
      issues.push(unknownSubgraphIssue(variable, raw, supergraph, subgraphTimeoutVariable));
      continue;
    }
    timeoutsMs[name] = parsed.data;
  }

  if (issues.length > 0 || !supergraph) throw new ConfigError(issues, 'gateway configuration');
  return {
    port: values.PORT,
    host: values.HOST,
    supergraph,
    subgraphUrls,
    resilience: {
      timeoutMs: values.SUBGRAPH_TIMEOUT_MS,
      timeoutsMs,
      retries: values.SUBGRAPH_RETRIES,
      baseDelayMs: values.SUBGRAPH_RETRY_BASE_DELAY_MS,
      maxDelayMs: values.SUBGRAPH_RETRY_MAX_DELAY_MS,
      breakerFailures: values.SUBGRAPH_BREAKER_FAILURES,
      breakerCooldownMs: values.SUBGRAPH_BREAKER_COOLDOWN_MS,
    },
    drainMs: values.SHUTDOWN_DRAIN_MS,
    limits,
    auth: authConfig.auth,
    signingSecret: authConfig.signingSecret,
    production: authConfig.production,
    logLevel,
    trustedDocuments,
    entityCache,
  };
}

function urlIssue(variable: string, value: string, problem: string): EnvIssue {
  return {
    variable,
    value,
    problem,
    fix: `Set ${variable} to the subgraph's GraphQL endpoint, e.g. http://127.0.0.1:4001/graphql`,
  };
}

function unknownSubgraphIssue(
  variable: string,
  value: string,
  supergraph: LoadedSupergraph,
  variableOf: (name: string) => string = subgraphUrlVariable,
): EnvIssue {
  const known = supergraph.subgraphs.map(({ name }) => `${name} (${variableOf(name)})`).join(', ');
  return {
    variable,
    value,
    problem: `${supergraph.path} has no subgraph by that name`,
    fix: `Use one of: ${known}; or unset ${variable}`,
  };
}
