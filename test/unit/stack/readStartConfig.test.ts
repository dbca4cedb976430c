import { join } from 'node:path';
import { loadSupergraph } from '../../../gateway/supergraph';
import { ConfigError } from '../../../platform/settings';
import { DEFAULT_CUSTOMERS, readStartConfig } from '../../../stack/readStartConfig';

const SUPERGRAPH = join(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql');
const load = () => loadSupergraph(SUPERGRAPH);
const SIGNING_SECRET = 'stack-signing-secret-5c7e9a1b3d5f7h9j1l3n';

function refusal(env: Record<string, string>): ConfigError {
  try {
    readStartConfig(env, load);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('npm start settings: the gateway and the subgraph databases read together', () => {
  it('starts on 127.0.0.1:4000 with the embedded database and the demo data set by default', () => {
    const config = readStartConfig({}, load);
    expect(config).toMatchObject({ databaseUrls: {}, customers: DEFAULT_CUSTOMERS });
    expect(config.gateway).toMatchObject({ port: 4000, host: '127.0.0.1', drainMs: 10_000 });
    expect(config.dataDir).toMatch(/\.data\/pglite$/);
  });

  it('reads the subgraphs’ database URLs and the gateway’s settings from one environment', () => {
    const config = readStartConfig(
      { PORT: '0', CRM_DATABASE_URL: 'postgres://u@h/crm', SUBGRAPH_RETRIES: '0', SEED_CUSTOMERS: '20' },
      load,
    );
    expect(config.databaseUrls).toEqual({ crm: 'postgres://u@h/crm' });
    expect(config.gateway.port).toBe(0);
    expect(config.gateway.resilience.retries).toBe(0);
    expect(config.customers).toBe(20);
  });

  it('lists the gateway’s, the databases’ and its own bad variables in one error, hiding secrets and passwords', () => {
    const error = refusal({
      PORT: 'eighty',
      GRAPHQL_MAX_DEPTH: '0',
      SUBGRAPH_SIGNING_SECRET: 'short-one-4711',
      ORDERS_DATABASE_URL: 'mysql://admin:pw-8812@db/orders',
      SEED_CUSTOMERS: '3',
      LOG_LEVEL: 'loud',
    });
    expect(error.issues.map(({ variable }) => variable).sort()).toEqual(
      [
        'GRAPHQL_MAX_DEPTH',
        'LOG_LEVEL',
        'ORDERS_DATABASE_URL',
        'PORT',
        'SEED_CUSTOMERS',
        'SUBGRAPH_SIGNING_SECRET',
      ].sort(),
    );
    expect(error.message).toMatch(/^Invalid start configuration \(6 problems\):/);
    expect(error.message).toContain('SEED_CUSTOMERS ("3"): must be at least 5');
    expect(error.message).toContain('ORDERS_DATABASE_URL ("mysql://admin:***@db/orders"): must be a postgres://');
    expect(error.message).not.toContain('short-one-4711');
    expect(error.message).not.toContain('pw-8812');
  });

  it('refuses production without secrets of its own, like the gateway alone', () => {
    const error = refusal({ NODE_ENV: 'production', SUBGRAPH_SIGNING_SECRET: SIGNING_SECRET });
    expect(error.issues.map(({ variable }) => variable)).toContain('JWT_ISSUER');
  });
});
