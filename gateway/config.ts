import { ConfigError, httpUrlVariable, portVariable, readVariables, stringVariable } from './env';
import type { Env, EnvIssue } from './env';
import { loadSupergraph, SupergraphError } from './supergraph';
import type { LoadedSupergraph } from './supergraph';

export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_SUPERGRAPH_PATH = 'schema/supergraph.graphql';

export interface GatewayConfig {
  port: number;
  host: string;
  supergraph: LoadedSupergraph;
  /** Subgraph name → URL, only for the subgraphs whose SUBGRAPH_<NAME>_URL is set. */
  subgraphUrls: Record<string, string>;
}

const OVERRIDE = /^SUBGRAPH_(.+)_URL$/;

/**
 * The variable that overrides a subgraph's URL: `crm` → SUBGRAPH_CRM_URL. Characters that cannot appear in a
 * variable name (a `-` in `my-service`) become `_`.
 */
export function subgraphUrlVariable(subgraphName: string): string {
  return `SUBGRAPH_${subgraphName.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`;
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
  });

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

  if (issues.length > 0 || !supergraph) throw new ConfigError(issues, 'gateway configuration');
  return { port: values.PORT, host: values.HOST, supergraph, subgraphUrls };
}

function urlIssue(variable: string, value: string, problem: string): EnvIssue {
  return {
    variable,
    value,
    problem,
    fix: `Set ${variable} to the subgraph's GraphQL endpoint, e.g. http://127.0.0.1:4001/graphql`,
  };
}

function unknownSubgraphIssue(variable: string, value: string, supergraph: LoadedSupergraph): EnvIssue {
  const known = supergraph.subgraphs.map(({ name }) => `${name} (${subgraphUrlVariable(name)})`).join(', ');
  return {
    variable,
    value,
    problem: `${supergraph.path} has no subgraph by that name`,
    fix: `Use one of: ${known}; or unset ${variable}`,
  };
}
