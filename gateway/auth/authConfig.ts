import {
  durationVariable,
  enumVariable,
  HIDDEN,
  httpUrlVariable,
  isProduction,
  optionalStringVariable,
  readVariables,
  secretVariable,
  unsetIfBlank,
} from '../../platform/settings';
import type { Env, EnvIssue } from '../../platform/settings';
import { signingSecretVariable } from '../../platform/caller';
import { DEV_AUTH, DEV_SIGNING_SECRET } from './authOptions';
import type { AuthOptions, TokenKey } from './authOptions';
import { DEV_JWT_SECRET } from './devToken';
import {
  DEFAULT_MAX_TOKEN_LIFETIME,
  formatDuration,
  MAX_TOKEN_LIFETIME_SECONDS,
  MIN_TOKEN_LIFETIME_SECONDS,
} from './tokenLifetime';

/** HS256 keys shorter than the hash are guessable; RFC 7518 §3.2 asks for at least 256 bits. */
const MIN_SECRET_LENGTH = 32;
const ASYMMETRIC_DEFAULT = ['RS256', 'ES256'];
const LIFETIME = { min: MIN_TOKEN_LIFETIME_SECONDS, max: MAX_TOKEN_LIFETIME_SECONDS };

export interface AuthConfig {
  auth: AuthOptions;
  /** HMAC secret for gateway → subgraph requests. */
  signingSecret: string;
  production: boolean;
}

/**
 * Reads AUTH_MODE, JWT_* (JWT_MAX_TOKEN_LIFETIME and JWT_MAX_SERVICE_TOKEN_LIFETIME cap how long a token may be
 * valid) and SUBGRAPH_SIGNING_SECRET. Outside production nothing is required: the dev secrets
 * apply. With NODE_ENV=production the gateway must get a real key, issuer, audience and signing secret, and
 * AUTH_MODE=off is refused, so a forgotten variable can never open customer data to anyone.
 */
export function readAuthVariables(env: Env): { config: AuthConfig; issues: EnvIssue[] } {
  const production = isProduction(env);
  const { values, issues: variableIssues } = readVariables(env, {
    AUTH_MODE: {
      schema: enumVariable(['jwt', 'off'], 'jwt', 'must be jwt or off'),
      fix: 'Set AUTH_MODE=jwt (the default) to require bearer tokens, or off for local experiments only',
    },
    JWT_SECRET: {
      schema: secretVariable({
        minLength: MIN_SECRET_LENGTH,
        kind: 'an HS256 secret',
        devDefault: DEV_JWT_SECRET,
        production,
        requiredInProduction: false,
      }),
      fix: 'Use a random secret of your own, e.g. the output of `openssl rand -base64 48`',
    },
    JWT_JWKS_URL: {
      schema: httpUrlVariable(),
      fix: "Set JWT_JWKS_URL to your identity provider's JWKS endpoint, e.g. https://id.example.com/.well-known/jwks.json",
    },
    JWT_PUBLIC_KEY: {
      schema: optionalStringVariable().refine(
        (pem) => pem === undefined || pemOf(pem).includes('-----BEGIN PUBLIC KEY-----'),
        {
          error: 'is not a PEM public key',
        },
      ),
      fix: 'Set it to an SPKI PEM ("-----BEGIN PUBLIC KEY-----…"); \\n may stand for line breaks',
      // a private key pasted by mistake must not end up in the logs
      secret: true,
    },
    JWT_ALGORITHMS: { schema: optionalStringVariable(), fix: '' },
    JWT_ISSUER: { schema: optionalStringVariable(), fix: '' },
    JWT_AUDIENCE: { schema: optionalStringVariable(), fix: '' },
    SUBGRAPH_SIGNING_SECRET: signingSecretVariable(production),
    JWT_MAX_TOKEN_LIFETIME: {
      schema: durationVariable(DEFAULT_MAX_TOKEN_LIFETIME.user, LIFETIME),
      fix: `Set JWT_MAX_TOKEN_LIFETIME to the longest an agent, supervisor or analyst token may be valid (exp − iat), e.g. ${formatDuration(DEFAULT_MAX_TOKEN_LIFETIME.user)} (the default)`,
    },
    JWT_MAX_SERVICE_TOKEN_LIFETIME: {
      schema: durationVariable(DEFAULT_MAX_TOKEN_LIFETIME.service, LIFETIME),
      fix: `Set JWT_MAX_SERVICE_TOKEN_LIFETIME to the longest a service token may be valid (exp − iat), e.g. ${formatDuration(DEFAULT_MAX_TOKEN_LIFETIME.service)} (the default)`,
    },
  });
  const issues: EnvIssue[] = [];
  const add = (variable: string, value: string | undefined, problem: string, fix: string) =>
    issues.push({ variable, value, problem, fix });

  const mode = values.AUTH_MODE;
  if (mode === 'off' && production) {
    add(
      'AUTH_MODE',
      'off',
      'is refused when NODE_ENV=production: it would serve customer data to anyone',
      'Unset AUTH_MODE and configure JWT_SECRET, JWT_JWKS_URL or JWT_PUBLIC_KEY',
    );
  }
  issues.push(...variableIssues);

  const secret = values.JWT_SECRET;
  const jwksUrl = values.JWT_JWKS_URL;
  const pem = values.JWT_PUBLIC_KEY === undefined ? undefined : pemOf(values.JWT_PUBLIC_KEY);
  // set, even if refused above: a short secret beside a JWKS URL is still two keys, not none
  const configured = ['JWT_SECRET', 'JWT_JWKS_URL', 'JWT_PUBLIC_KEY'].filter((name) => unsetIfBlank(env[name]));
  if (configured.length > 1) {
    add(
      configured.join(' and '),
      HIDDEN,
      'are both set, so it is unclear which key verifies tokens',
      'Set only one of JWT_SECRET, JWT_JWKS_URL, JWT_PUBLIC_KEY',
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

  return {
    config: {
      auth: {
        mode,
        key,
        issuer: values.JWT_ISSUER ?? DEV_AUTH.issuer,
        audience: values.JWT_AUDIENCE ?? DEV_AUTH.audience,
        algorithms,
        maxTokenLifetime: {
          user: values.JWT_MAX_TOKEN_LIFETIME,
          service: values.JWT_MAX_SERVICE_TOKEN_LIFETIME,
        },
      },
      signingSecret: signingSecret ?? DEV_SIGNING_SECRET,
      production,
    },
    issues,
  };
}

/** `\n` may stand for line breaks, since a PEM rarely fits in an environment variable otherwise. */
function pemOf(text: string): string {
  return text.replace(/\\n/g, '\n');
}
