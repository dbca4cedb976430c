import { join } from 'node:path';
import { parseGatewayConfig } from '../../../../gateway/config';
import { ConfigError } from '../../../../platform/settings';
import { DEFAULT_REQUEST_LIMITS } from '../../../../gateway/limits';
import { loadSupergraph } from '../../../../gateway/supergraph';

const OURS = join(__dirname, '..', '..', '..', '..', 'schema', 'supergraph.graphql');
const parse = (env: Record<string, string>) => parseGatewayConfig(env, () => loadSupergraph(OURS));

/** What production requires besides NODE_ENV (gateway/auth/authConfig.ts): real keys. */
const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_JWKS_URL: 'https://id.example.com/.well-known/jwks.json',
  JWT_ISSUER: 'https://id.example.com/',
  JWT_AUDIENCE: 'customer-360',
  SUBGRAPH_SIGNING_SECRET: 'a-production-signing-secret-of-48-characters-xyz',
};

describe('Gateway config: GRAPHQL_* request limits', () => {
  it('defaults to the documented limits, with introspection and suggestions on outside production', () => {
    expect(parse({}).limits).toEqual({
      maxDepth: 12,
      maxAliases: 30,
      maxRootFields: 20,
      maxDirectives: 50,
      maxTokens: 5_000,
      maxCost: 200_000,
      defaultListSize: 10,
      maxPageSize: 100,
      maxBatch: 1,
      maxBodyBytes: 1_048_576,
      maxStringLength: 16_384,
      introspection: true,
      hideSchemaDetails: false,
    });
  });

  it('turns introspection and "Did you mean" suggestions off when NODE_ENV=production, unless told otherwise', () => {
    expect(parse(PRODUCTION).limits).toMatchObject({ introspection: false, hideSchemaDetails: true });
    expect(parse({ ...PRODUCTION, GRAPHQL_INTROSPECTION: 'true' }).limits.introspection).toBe(true);
  });

  it('reads every limit from its variable', () => {
    const { limits } = parse({
      GRAPHQL_MAX_DEPTH: '8',
      GRAPHQL_MAX_ALIASES: '0',
      GRAPHQL_MAX_ROOT_FIELDS: '5',
      GRAPHQL_MAX_DIRECTIVES: '7',
      GRAPHQL_MAX_TOKENS: '2000',
      GRAPHQL_MAX_COST: '1000',
      GRAPHQL_DEFAULT_LIST_SIZE: '20',
      GRAPHQL_MAX_PAGE_SIZE: '50',
      GRAPHQL_MAX_BATCH: '10',
      GRAPHQL_MAX_BODY_BYTES: '65536',
      GRAPHQL_MAX_STRING_LENGTH: '2048',
      GRAPHQL_INTROSPECTION: 'false',
      GRAPHQL_HIDE_SCHEMA_DETAILS: 'yes',
    });
    expect(limits).toEqual({
      ...DEFAULT_REQUEST_LIMITS,
      maxDepth: 8,
      maxAliases: 0,
      maxRootFields: 5,
      maxDirectives: 7,
      maxTokens: 2000,
      maxCost: 1000,
      defaultListSize: 20,
      maxPageSize: 50,
      maxBatch: 10,
      maxBodyBytes: 65536,
      maxStringLength: 2048,
      introspection: false,
      hideSchemaDetails: true,
    });
  });

  it('reports every bad limit together with the other configuration errors', () => {
    let error: unknown;
    try {
      parse({ GRAPHQL_MAX_DEPTH: '0', GRAPHQL_MAX_COST: 'lots', GRAPHQL_INTROSPECTION: 'maybe', PORT: 'x' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/^Invalid gateway configuration \(4 problems\)/);
    expect(message).toContain(
      'GRAPHQL_MAX_DEPTH ("0"): must be at least 1. Set GRAPHQL_MAX_DEPTH to the deepest field nesting allowed, e.g. 12.',
    );
    expect(message).toContain('GRAPHQL_MAX_COST ("lots"): must be a whole number.');
    expect(message).toContain('GRAPHQL_INTROSPECTION ("maybe"): must be true or false.');
  });
});
