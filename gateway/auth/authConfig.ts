import { z } from 'zod';
import { httpUrlVariable, readVariables } from '../../platform/settings/env';
import type { Env, EnvIssue } from '../../platform/settings/env';
import { DEV_AUTH, DEV_SIGNING_SECRET } from './authOptions';
import type { AuthOptions, TokenKey } from './authOptions';
import { DEV_JWT_SECRET } from './devToken';
import {
  DEFAULT_MAX_TOKEN_LIFETIME,
  formatDuration,
  MAX_TOKEN_LIFETIME_SECONDS,
  MIN_TOKEN_LIFETIME_SECONDS,
  parseDuration,
} from './tokenLifetime';

/** HS256 keys shorter than the hash are guessable; RFC 7518 §3.2 asks for at least 256 bits. */
const MIN_SECRET_LENGTH = 32;
const ASYMMETRIC_DEFAULT = ['RS256', 'ES256'];
const HIDDEN = '(set; not shown)';

export interface AuthConfig {
  auth: AuthOptions;
  /** HMAC secret for gateway → subgraph requests. */
  signingSecret: string;
  production: boolean;
}

const optional = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
  z.string().optional(),
);

/** A token lifetime cap: `12h`, `90m`, `1d` or seconds, within [1 minute, 30 days]; seconds, or undefined when unset. */
const lifetime = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
  z
    .string()
    .transform((text, context) => {
      const seconds = parseDuration(text);
      if (seconds === undefined) {
        context.addIssue({ code: 'custom', message: 'is not a duration such as 12h, 90m, 1d or 3600 (seconds)' });
        return z.NEVER;
      }
      if (seconds < MIN_TOKEN_LIFETIME_SECONDS || seconds > MAX_TOKEN_LIFETIME_SECONDS) {
        context.addIssue({
          code: 'custom',
          message: `must be between ${formatDuration(MIN_TOKEN_LIFETIME_SECONDS)} and ${formatDuration(MAX_TOKEN_LIFETIME_SECONDS)}`,
        });
        return z.NEVER;
      }
      return seconds;
    })
    .optional(),
);

/**
 * Reads AUTH_MODE, JWT_* (JWT_MAX_TOKEN_LIFETIME and JWT_MAX_SERVICE_TOKEN_LIFETIME cap how long a token may be
 * valid) and SUBGRAPH_SIGNING_SECRET. Outside production nothing is required: the dev secrets
 * apply. With NODE_ENV=production the gateway must get a real key, issuer, audience and signing secret, and
 * AUTH_MODE=off is refused, so a forgotten variable can never open customer data to anyone.
 */
export function readAuthVariables(env: Env): { config: AuthConfig; issues: EnvIssue[] } {
  const production = env['NODE_ENV'] === 'production';
  const { values, issues } = readVariables(env, {
    AUTH_MODE: {
      schema: z.preprocess(
        (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
        z.enum(['jwt', 'off'], { error: 'must be jwt or off' }).default('jwt'),
      ),
      fix: 'Set AUTH_MODE=jwt (the default) to require bearer tokens, or off for local experiments only',
    },
    JWT_SECRET: { schema: optional, fix: '' },
    JWT_JWKS_URL: {
      schema: z.preprocess(
        (value) => (value === undefined || value === '' ? undefined : value),
        httpUrlVariable.optional(),
      ),
      fix: "Set JWT_JWKS_URL to your identity provider's JWKS endpoint, e.g. https://id.example.com/.well-known/jwks.json",
    },
    JWT_PUBLIC_KEY: { schema: optional, fix: '' },
    JWT_ALGORITHMS: { schema: optional, fix: '' },
    JWT_ISSUER: { schema: optional, fix: '' },
    JWT_AUDIENCE: { schema: optional, fix: '' },
    SUBGRAPH_SIGNING_SECRET: { schema: optional, fix: '' },
    JWT_MAX_TOKEN_LIFETIME: {
      schema: lifetime,
      fix: `Set JWT_MAX_TOKEN_LIFETIME to the longest an agent, supervisor or analyst token may be valid (exp − iat), e.g. ${formatDuration(DEFAULT_MAX_TOKEN_LIFETIME.user)} (the default)`,
    },
    JWT_MAX_SERVICE_TOKEN_LIFETIME: {
      schema: lifetime,
      fix: `Set JWT_MAX_SERVICE_TOKEN_LIFETIME to the longest a service token may be valid (exp − iat), e.g. ${formatDuration(DEFAULT_MAX_TOKEN_LIFETIME.service)} (the default)`,
    },
  });
  const add = (variable: string, value: string | undefined, problem: string, fix: string) =>
    issues.push({ variable, value, problem, fix });

  const mode = values.AUTH_MODE ?? 'jwt';
  if (mode === 'off' && production) {
    add(
      'AUTH_MODE',
      'off',
      'is refused when NODE_ENV=production: it would serve customer data to anyone',
      'Unset AUTH_MODE and configure JWT_SECRET, JWT_JWKS_URL or JWT_PUBLIC_KEY',
    );
  }

  const secret = values.JWT_SECRET;
  const jwksUrl = values.JWT_JWKS_URL as string | undefined;
  const pem = values.JWT_PUBLIC_KEY?.replace(/\\n/g, '\n');
  const configured = [secret && 'JWT_SECRET', jwksUrl && 'JWT_JWKS_URL', pem && 'JWT_PUBLIC_KEY'].filter(Boolean);
  if (configured.length > 1) {
    add(
      configured.join(' and '),
      HIDDEN,
      'are both set, so it is unclear which key verifies tokens',
      'Set only one of JWT_SECRET, JWT_JWKS_URL, JWT_PUBLIC_KEY',
    );
  }
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH) {
    add(
      'JWT_SECRET',
      HIDDEN,
      `is ${secret.length} characters; an HS256 secret needs at least ${MIN_SECRET_LENGTH}`,
      'Use a random secret, e.g. the output of `openssl rand -base64 48`',
    );
  }
  if (secret === DEV_JWT_SECRET && production) {
    add('JWT_SECRET', HIDDEN, 'is the public development secret from this repository', 'Set a secret of your own');
  }
  if (pem !== undefined && !pem.includes('-----BEGIN PUBLIC KEY-----')) {
    add(
      'JWT_PUBLIC_KEY',
      HIDDEN,
      'is not a PEM public key',
      'Set it to an SPKI PEM ("-----BEGIN PUBLIC KEY-----…"); \\n may stand for line breaks',
    );
  }
  if (production && mode === 'jwt' && configured.length === 0) {
    add(
      'JWT_SECRET / JWT_JWKS_URL / JWT_PUBLIC_KEY',
      undefined,
      'none is set, and NODE_ENV=production refuses the development secret',
      'Set JWT_JWKS_URL (or JWT_PUBLIC_KEY, or an HS256 JWT_SECRET) for your identity provider',
    );
  }
  if (production && mode === 'jwt' && !values.JWT_ISSUER) {
    add(
      'JWT_ISSUER',
      undefined,
      'must be set when NODE_ENV=production',
      'Set it to the `iss` your identity provider puts in tokens',
    );
  }
  if (production && mode === 'jwt' && !values.JWT_AUDIENCE) {
    add(
      'JWT_AUDIENCE',
      undefined,
      'must be set when NODE_ENV=production',
      'Set it to the `aud` tokens for this gateway carry',
    );
  }

  const key: TokenKey = secret
    ? { kind: 'secret', secret }
    : jwksUrl
      ? { kind: 'jwks', url: jwksUrl }
      : pem
        ? { kind: 'publicKey', pem }
        : DEV_AUTH.key;
  const algorithms = values.JWT_ALGORITHMS
    ? values.JWT_ALGORITHMS.split(',')
        .map((name) => name.trim())
        .filter(Boolean)
    : key.kind === 'secret'
      ? ['HS256']
      : ASYMMETRIC_DEFAULT;
  if (key.kind === 'secret' && algorithms.some((name) => !name.startsWith('HS'))) {
    add(
      'JWT_ALGORITHMS',
      values.JWT_ALGORITHMS,
      'lists an asymmetric algorithm, but JWT_SECRET is a shared secret',
      'Use HS256 with JWT_SECRET, or configure JWT_JWKS_URL / JWT_PUBLIC_KEY',
    );
  }

  const signingSecret = values.SUBGRAPH_SIGNING_SECRET;
  if (signingSecret !== undefined && signingSecret.length < MIN_SECRET_LENGTH) {
    add(
      'SUBGRAPH_SIGNING_SECRET',
      HIDDEN,
      `is ${signingSecret.length} characters; it needs at least ${MIN_SECRET_LENGTH}`,
      'Use a random secret, the same on the gateway and every subgraph',
    );
  }
  if (production && (signingSecret === undefined || signingSecret === DEV_SIGNING_SECRET)) {
    add(
      'SUBGRAPH_SIGNING_SECRET',
      signingSecret === undefined ? undefined : HIDDEN,
      'must be a secret of your own when NODE_ENV=production',
      'Set the same random secret (e.g. `openssl rand -base64 48`) on the gateway and every subgraph',
    );
  }

  return {
    config: {
      auth: {
        mode,
        key,
        issuer: values.JWT_ISSUER ?? DEV_AUTH.issuer,
        audience: values.JWT_AUDIENCE ?? DEV_AUTH.audience,
        algorithms,
        maxTokenLifetime: {
          user: values.JWT_MAX_TOKEN_LIFETIME ?? DEFAULT_MAX_TOKEN_LIFETIME.user,
          service: values.JWT_MAX_SERVICE_TOKEN_LIFETIME ?? DEFAULT_MAX_TOKEN_LIFETIME.service,
        },
      },
      signingSecret: signingSecret ?? DEV_SIGNING_SECRET,
      production,
    },
    issues,
  };
}
