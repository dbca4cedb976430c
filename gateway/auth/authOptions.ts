import { DEV_AUDIENCE, DEV_ISSUER, DEV_JWT_SECRET } from './devToken';
import { DEFAULT_MAX_TOKEN_LIFETIME } from './tokenLifetime';
import type { TokenLifetimeCaps } from './tokenLifetime';

/** Where the keys that verify bearer tokens come from. */
export type TokenKey =
  /** HS256 with a shared secret (JWT_SECRET, or the public dev secret outside production). */
  | { kind: 'secret'; secret: string }
  /** An identity provider's JSON Web Key Set (JWT_JWKS_URL), fetched and cached by jose. */
  | { kind: 'jwks'; url: string }
  /** One PEM public key (JWT_PUBLIC_KEY), SPKI form. */
  | { kind: 'publicKey'; pem: string };

export interface AuthOptions {
  /** `off` serves everyone as nobody in particular, for local experiments; refused in production. */
  mode: 'jwt' | 'off';
  key: TokenKey;
  issuer: string;
  audience: string;
  /** Accepted signature algorithms; HS256 for a secret, RS256/ES256/EdDSA-style for keys. */
  algorithms: string[];
  /**
   * The longest a token may be valid, `exp` − `iat` (or − now without `iat`), in seconds: JWT_MAX_TOKEN_LIFETIME
   * for agents, supervisors and analysts, JWT_MAX_SERVICE_TOKEN_LIFETIME for services.
   */
  maxTokenLifetime: TokenLifetimeCaps;
}

export { DEV_SIGNING_SECRET } from '../../platform/caller';

/** Outside production, with nothing configured: the dev secret that `npm run token` and the playground use. */
export const DEV_AUTH: AuthOptions = {
  mode: 'jwt',
  key: { kind: 'secret', secret: DEV_JWT_SECRET },
  issuer: DEV_ISSUER,
  audience: DEV_AUDIENCE,
  algorithms: ['HS256'],
  maxTokenLifetime: DEFAULT_MAX_TOKEN_LIFETIME,
};

/** Whether tokens can be minted locally: the playground's role switcher exists only then. */
export function usesDevSecret(auth: AuthOptions): boolean {
  return auth.mode === 'jwt' && auth.key.kind === 'secret' && auth.key.secret === DEV_JWT_SECRET;
}
