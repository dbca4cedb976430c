import { join } from 'node:path';
import { DEV_AUTH, DEV_JWT_SECRET, DEV_SIGNING_SECRET, readAuthVariables } from '../../../../gateway/auth';
import { parseGatewayConfig } from '../../../../gateway/config';
import { ConfigError } from '../../../../platform/settings';
import type { Env } from '../../../../platform/settings';
import { loadSupergraph } from '../../../../gateway/supergraph';

const SUPERGRAPH = join(__dirname, '..', '..', '..', '..', 'schema', 'supergraph.graphql');
const load = () => loadSupergraph(SUPERGRAPH);

/** Secrets of the right length, distinctive enough that finding them in a message cannot be a coincidence. */
const JWT_SECRET = 'jwt-secret-7f3a9c1e5b2d8f4a6c0e9b7d5f3a1c8e';
const SIGNING_SECRET = 'signing-secret-2b4d6f8a0c1e3g5i7k9m1o3q5s7u';
const PUBLIC_KEY_PEM = '-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\\n-----END PUBLIC KEY-----';

/** A production environment that passes every check; tests remove or spoil one variable at a time. */
const PRODUCTION: Env = {
  NODE_ENV: 'production',
  JWT_SECRET,
  JWT_ISSUER: 'https://id.example.com/',
  JWT_AUDIENCE: 'customer-360',
  SUBGRAPH_SIGNING_SECRET: SIGNING_SECRET,
};

function issuesOf(env: Env): string[] {
  return readAuthVariables(env).issues.map(({ variable }) => variable);
}

function configError(env: Env): ConfigError {
  try {
    parseGatewayConfig(env, load);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('Auth config: outside production nothing is required', () => {
  it('verifies HS256 tokens with the dev secret, issuer and audience, and signs subgraph requests with the dev secret', () => {
    const { config, issues } = readAuthVariables({});
    expect(issues).toEqual([]);
    expect(config).toEqual({ auth: DEV_AUTH, signingSecret: DEV_SIGNING_SECRET, production: false });
    expect(config.auth).toMatchObject({
      mode: 'jwt',
      key: { kind: 'secret', secret: DEV_JWT_SECRET },
      algorithms: ['HS256'],
    });
  });

  it('accepts AUTH_MODE=off and the dev secrets when NODE_ENV is not production', () => {
    const { config, issues } = readAuthVariables({
      NODE_ENV: 'development',
      AUTH_MODE: 'off',
      JWT_SECRET: DEV_JWT_SECRET,
      SUBGRAPH_SIGNING_SECRET: DEV_SIGNING_SECRET,
    });
    expect(issues).toEqual([]);
    expect(config.auth.mode).toBe('off');
  });

  it('reads a JWKS URL or a PEM key (\\n for line breaks) with the asymmetric algorithms by default', () => {
    const jwks = readAuthVariables({ JWT_JWKS_URL: 'https://id.example.com/.well-known/jwks.json' });
    expect(jwks.issues).toEqual([]);
    expect(jwks.config.auth.key).toEqual({ kind: 'jwks', url: 'https://id.example.com/.well-known/jwks.json' });
    expect(jwks.config.auth.algorithms).toEqual(['RS256', 'ES256']);

    const pem = readAuthVariables({ JWT_PUBLIC_KEY: PUBLIC_KEY_PEM, JWT_ALGORITHMS: ' ES256 , ' });
    expect(pem.issues).toEqual([]);
    expect(pem.config.auth.key).toEqual({ kind: 'publicKey', pem: PUBLIC_KEY_PEM.replace(/\\n/g, '\n') });
    expect(pem.config.auth.algorithms).toEqual(['ES256']);
  });

  it('refuses an unknown AUTH_MODE', () => {
    expect(issuesOf({ AUTH_MODE: 'maybe' })).toEqual(['AUTH_MODE']);
  });
});

describe('Auth config: NODE_ENV=production refuses anything that would open customer data', () => {
  it('accepts a complete production configuration', () => {
    const { config, issues } = readAuthVariables(PRODUCTION);
    expect(issues).toEqual([]);
    expect(config).toEqual({
      auth: {
        mode: 'jwt',
        key: { kind: 'secret', secret: JWT_SECRET },
        issuer: 'https://id.example.com/',
        audience: 'customer-360',
        algorithms: ['HS256'],
        maxTokenLifetime: { user: 12 * 3_600, service: 24 * 3_600 },
      },
      signingSecret: SIGNING_SECRET,
      production: true,
    });
  });

  it('refuses to start with no key at all', () => {
    expect(issuesOf({ ...PRODUCTION, JWT_SECRET: undefined })).toEqual(['JWT_SECRET / JWT_JWKS_URL / JWT_PUBLIC_KEY']);
  });

  it('refuses the public dev secret as JWT_SECRET', () => {
    expect(issuesOf({ ...PRODUCTION, JWT_SECRET: DEV_JWT_SECRET })).toEqual(['JWT_SECRET']);
  });

  it('refuses AUTH_MODE=off', () => {
    expect(issuesOf({ ...PRODUCTION, AUTH_MODE: 'off' })).toEqual(['AUTH_MODE']);
  });

  it('refuses a missing JWT_ISSUER or JWT_AUDIENCE', () => {
    expect(issuesOf({ ...PRODUCTION, JWT_ISSUER: undefined })).toEqual(['JWT_ISSUER']);
    expect(issuesOf({ ...PRODUCTION, JWT_AUDIENCE: ' ' })).toEqual(['JWT_AUDIENCE']);
  });

  it('refuses a missing or dev SUBGRAPH_SIGNING_SECRET', () => {
    expect(issuesOf({ ...PRODUCTION, SUBGRAPH_SIGNING_SECRET: undefined })).toEqual(['SUBGRAPH_SIGNING_SECRET']);
    expect(issuesOf({ ...PRODUCTION, SUBGRAPH_SIGNING_SECRET: DEV_SIGNING_SECRET })).toEqual([
      'SUBGRAPH_SIGNING_SECRET',
    ]);
  });

  it('reports every problem together', () => {
    expect(issuesOf({ NODE_ENV: 'production', AUTH_MODE: 'off' })).toEqual(['AUTH_MODE', 'SUBGRAPH_SIGNING_SECRET']);
    expect(issuesOf({ NODE_ENV: 'production' }).sort()).toEqual(
      ['JWT_AUDIENCE', 'JWT_ISSUER', 'JWT_SECRET / JWT_JWKS_URL / JWT_PUBLIC_KEY', 'SUBGRAPH_SIGNING_SECRET'].sort(),
    );
  });
});

describe('Auth config: keys that cannot be right, in any environment', () => {
  it('refuses an HS256 secret or a signing secret shorter than 32 characters', () => {
    const { issues } = readAuthVariables({ JWT_SECRET: 'short-jwt-secret', SUBGRAPH_SIGNING_SECRET: 'short-sig' });
    expect(issues.map(({ variable, problem }) => [variable, problem])).toEqual([
      ['JWT_SECRET', 'is 16 characters; an HS256 secret needs at least 32'],
      ['SUBGRAPH_SIGNING_SECRET', 'is 9 characters; it needs at least 32'],
    ]);
  });

  it('refuses two keys at once, naming both', () => {
    const { issues } = readAuthVariables({ JWT_SECRET, JWT_JWKS_URL: 'https://id.example.com/jwks.json' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      variable: 'JWT_SECRET and JWT_JWKS_URL',
      fix: 'Set only one of JWT_SECRET, JWT_JWKS_URL, JWT_PUBLIC_KEY',
    });
    expect(issuesOf({ JWT_JWKS_URL: 'https://id.example.com/jwks.json', JWT_PUBLIC_KEY: PUBLIC_KEY_PEM })).toEqual([
      'JWT_JWKS_URL and JWT_PUBLIC_KEY',
    ]);
  });

  it('refuses an asymmetric algorithm with a shared secret', () => {
    expect(issuesOf({ JWT_SECRET, JWT_ALGORITHMS: 'HS256,RS256' })).toEqual(['JWT_ALGORITHMS']);
  });

  it('refuses a JWT_PUBLIC_KEY that is not a PEM public key, and a JWKS URL that is not http(s)', () => {
    expect(issuesOf({ JWT_PUBLIC_KEY: 'ssh-ed25519 AAAAC3Nza' })).toEqual(['JWT_PUBLIC_KEY']);
    expect(issuesOf({ JWT_JWKS_URL: 'ftp://id.example.com/jwks.json' })).toEqual(['JWT_JWKS_URL']);
  });
});

describe('Auth config: how long a token may be valid', () => {
  it('caps people at 12 h and services at 24 h unless told otherwise', () => {
    expect(readAuthVariables({}).config.auth.maxTokenLifetime).toEqual({ user: 43_200, service: 86_400 });
    expect(readAuthVariables(PRODUCTION).config.auth.maxTokenLifetime).toEqual({ user: 43_200, service: 86_400 });
  });

  it.each([
    ['90m', 5_400],
    [' 8h ', 28_800],
    ['1d', 86_400],
    ['3600', 3_600],
    ['120s', 120],
  ])('reads JWT_MAX_TOKEN_LIFETIME=%j as %i seconds', (value, seconds) => {
    const { config, issues } = readAuthVariables({ JWT_MAX_TOKEN_LIFETIME: value });
    expect(issues).toEqual([]);
    expect(config.auth.maxTokenLifetime).toEqual({ user: seconds, service: 86_400 });
  });

  it('reads JWT_MAX_SERVICE_TOKEN_LIFETIME for service tokens alone', () => {
    const { config, issues } = readAuthVariables({ JWT_MAX_SERVICE_TOKEN_LIFETIME: '2h', JWT_MAX_TOKEN_LIFETIME: '' });
    expect(issues).toEqual([]);
    expect(config.auth.maxTokenLifetime).toEqual({ user: 43_200, service: 7_200 });
  });

  it.each([
    ['forever', /is not a duration such as 12h/],
    ['12 hours', /is not a duration/],
    ['-1h', /is not a duration/],
    ['1.5h', /is not a duration/],
    ['9'.repeat(40), /is not a duration/],
    ['30s', /must be between 1m and 30d/],
    ['31d', /must be between 1m and 30d/],
  ])('refuses JWT_MAX_TOKEN_LIFETIME=%j, saying what would do', (value, problem) => {
    const { issues } = readAuthVariables({ JWT_MAX_TOKEN_LIFETIME: value });
    expect(issues).toEqual([
      { variable: 'JWT_MAX_TOKEN_LIFETIME', value, problem: expect.stringMatching(problem), fix: expect.any(String) },
    ]);
  });

  it('reports bad caps with the other configuration problems, in one ConfigError', () => {
    const error = configError({ ...PRODUCTION, JWT_MAX_SERVICE_TOKEN_LIFETIME: 'a year', PORT: 'eighty' });
    expect(error.issues.map(({ variable }) => variable).sort()).toEqual(['JWT_MAX_SERVICE_TOKEN_LIFETIME', 'PORT']);
    expect(error.message).toContain('JWT_MAX_SERVICE_TOKEN_LIFETIME ("a year"): is not a duration such as 12h');
    expect(error.message).toContain('e.g. 24h (the default)');
  });
});

describe('Gateway config with auth: one ConfigError, never a secret in it', () => {
  it('starts in production with every variable valid', () => {
    const config = parseGatewayConfig(PRODUCTION, load);
    expect(config.production).toBe(true);
    expect(config.auth).toMatchObject({ mode: 'jwt', key: { kind: 'secret', secret: JWT_SECRET } });
    expect(config.signingSecret).toBe(SIGNING_SECRET);
  });

  it('lists every auth problem in one message naming the variables and the fixes', () => {
    const error = configError({ NODE_ENV: 'production', AUTH_MODE: 'off' });
    expect(error.issues.map(({ variable }) => variable)).toEqual(['AUTH_MODE', 'SUBGRAPH_SIGNING_SECRET']);
    expect(error.message).toMatch(/^Invalid gateway configuration \(2 problems\):/);
    expect(error.message).toContain('AUTH_MODE ("off"): is refused when NODE_ENV=production');
    expect(error.message).toContain('SUBGRAPH_SIGNING_SECRET (unset): must be a secret of your own');
  });

  it.each([
    [
      'the dev secrets in production',
      { ...PRODUCTION, JWT_SECRET: DEV_JWT_SECRET, SUBGRAPH_SIGNING_SECRET: DEV_SIGNING_SECRET },
    ],
    ['short secrets', { JWT_SECRET: 'short-jwt-secret-81x', SUBGRAPH_SIGNING_SECRET: 'short-sig-secret-93q' }],
    ['two keys at once', { ...PRODUCTION, JWT_PUBLIC_KEY: PUBLIC_KEY_PEM }],
    ['an asymmetric algorithm with a secret', { ...PRODUCTION, JWT_ALGORITHMS: 'RS256' }],
    ['a public key that is not PEM', { JWT_PUBLIC_KEY: 'not-a-pem-but-maybe-a-secret-4471' }],
  ] as [string, Env][])('does not show the secrets for %s', (_case, env) => {
    const error = configError(env);
    expect(error.issues.length).toBeGreaterThan(0);
    for (const variable of ['JWT_SECRET', 'SUBGRAPH_SIGNING_SECRET', 'JWT_PUBLIC_KEY'] as const) {
      const secret = env[variable];
      if (secret) expect(error.message).not.toContain(secret);
    }
    expect(error.message).not.toContain('MFkwEwYHKoZIzj0');
  });
});
