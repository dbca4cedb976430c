import { resolve } from 'node:path';
import { readGatewayVariables } from '../gateway/config';
import type { GatewayConfig } from '../gateway/config';
import type { LoadedSupergraph } from '../gateway/supergraph';
import { integerVariable, readVariables, throwIfIssues } from '../platform/settings';
import type { Env } from '../platform/settings';
import type { SubgraphName } from '../subgraphs/shared/catalog';
import { readDatabaseVariables } from './databaseVariables';
import { SCENARIO_CUSTOMER_COUNT } from './seed/scenarioIds';
import { SUBGRAPH_MODULES } from './subgraphModules';

export const DEFAULT_CUSTOMERS = 500;

/** What `npm start` reads: the gateway's variables (PORT and HOST among them) and the databases the subgraphs use. */
export interface StartConfig {
  gateway: GatewayConfig;
  dataDir: string;
  databaseUrls: Partial<Record<SubgraphName, string>>;
  /** How many customers the first start seeds. */
  customers: number;
  /** The variables of the subgraphs' scheduled jobs (SLA_SCAN_INTERVAL_MS), checked here with the others. */
  jobVariables: Env;
}

/**
 * Reads every variable `npm start` uses, the gateway's and the subgraphs' together, and throws one ConfigError
 * listing all the bad ones: fixing a deployment should take one restart, not one per variable.
 */
export function readStartConfig(env: Env, load?: (path: string) => LoadedSupergraph): StartConfig {
  const gateway = readGatewayVariables(env, load);
  const databases = readDatabaseVariables(env);
  const { values, issues } = readVariables(env, {
    SEED_CUSTOMERS: {
      schema: integerVariable(DEFAULT_CUSTOMERS, { min: SCENARIO_CUSTOMER_COUNT }),
      fix: `Set SEED_CUSTOMERS to how many customers the first start creates (at least the ${SCENARIO_CUSTOMER_COUNT} scenario customers; default ${DEFAULT_CUSTOMERS})`,
    },
  });
  const jobIssues = Object.values(SUBGRAPH_MODULES).flatMap((module) => module.jobVariables?.(env) ?? []);
  throwIfIssues([...gateway.issues, ...databases.issues, ...issues, ...jobIssues], 'start configuration');
  if (!gateway.config) throw new Error('unreachable: no supergraph, yet no issue says why');
  return {
    gateway: gateway.config,
    dataDir: resolve(databases.dataDir),
    databaseUrls: databases.databaseUrls,
    customers: values.SEED_CUSTOMERS,
    jobVariables: env,
  };
}
