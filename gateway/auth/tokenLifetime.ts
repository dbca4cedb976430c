import type { JWTPayload } from 'jose';
import type { Role } from '../../platform/caller';
import { formatDuration, parseDuration } from '../../platform/settings';
import { AuthError } from './authError';

/** The longest a token may be valid, in seconds: people (agent, supervisor, analyst) and services separately. */
export interface TokenLifetimeCaps {
  user: number;
  service: number;
}

/**
 * 12 h for people: a working day plus margin, so the 8 h dev tokens fit and a stolen token dies by the next
 * morning. 24 h for services: machine-to-machine tokens of common identity providers live that long by default
 * (Auth0: 86,400 s), and services renew them without anyone noticing.
 */
export const DEFAULT_MAX_TOKEN_LIFETIME: Readonly<TokenLifetimeCaps> = { user: 12 * 3_600, service: 24 * 3_600 };

/** What the caps may be set to: less than a minute is below the clock tolerance, more than 30 days is a typo. */
export const MIN_TOKEN_LIFETIME_SECONDS = 60;
export const MAX_TOKEN_LIFETIME_SECONDS = 30 * 24 * 3_600;

/** Clocks of the identity provider, the client and the gateway differ a little; 60 s is the usual allowance. */
export const CLOCK_TOLERANCE_SECONDS = 60;

// the duration syntax is every setting's (platform/settings); re-exported for `npm run token`
export { formatDuration, parseDuration };

/** The variable that sets the cap for `role`'s tokens. */
export function lifetimeVariable(role: Role): string {
  return role === 'service' ? 'JWT_MAX_SERVICE_TOKEN_LIFETIME' : 'JWT_MAX_TOKEN_LIFETIME';
}

/**
 * What jose does not check, after it has verified the signature, `exp` (required) and `nbf`: that `iat` is not in
 * the future (jose checks that only together with a maximum age, which would make `iat` mandatory and many
 * issuers' tokens unusable), and that the token does not live longer than the cap for its role. A ten-year token
 * is a leaked credential waiting to happen, whoever signed it.
 */
export function checkTokenLifetime(
  payload: JWTPayload,
  role: Role,
  caps: TokenLifetimeCaps,
  now = Math.floor(Date.now() / 1000),
): void {
  const { iat, exp } = payload;
  if (typeof iat === 'number' && iat > now + CLOCK_TOLERANCE_SECONDS) {
    throw new AuthError(
      `The token's \`iat\` claim says it was issued ${formatDuration(iat - now)} in the future, more than the ${CLOCK_TOLERANCE_SECONDS} s of clock difference this gateway tolerates. Check the clock of whoever issued it, and get a new token.`,
    );
  }
  if (typeof exp !== 'number') throw new AuthError(NO_EXP_MESSAGE);
  const cap = role === 'service' ? caps.service : caps.user;
  const lifetime = exp - (typeof iat === 'number' ? iat : now);
  if (lifetime > cap) {
    throw new AuthError(
      `The token is valid for ${formatDuration(lifetime)} (${typeof iat === 'number' ? 'from `iat` to `exp`' : 'from now to `exp`; it has no `iat`'}), longer than the ${formatDuration(cap)} this gateway accepts for ${role} tokens (${lifetimeVariable(role)}). Get a shorter-lived token.`,
    );
  }
}

export const NO_EXP_MESSAGE =
  'The token has no `exp` claim: this gateway accepts only tokens that expire. Get one from your identity provider that carries `exp`.';
