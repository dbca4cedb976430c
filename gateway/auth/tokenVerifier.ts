import { createPublicKey } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import { isRole } from '../../platform/caller';
import type { Caller } from '../../platform/caller';
import { AuthError } from './authError';
import type { AuthOptions } from './authOptions';
import { scopesFor } from './roles';
import { checkTokenLifetime, CLOCK_TOLERANCE_SECONDS, NO_EXP_MESSAGE } from './tokenLifetime';
import { verifiedTokenCache } from './verifiedTokenCache';
import type { VerifiedTokenCacheOptions } from './verifiedTokenCache';

export type TokenVerifier = (token: string) => Promise<Caller>;

/** A verified token: who calls, and until when (`exp`, in ms since the epoch). */
export interface VerifiedToken {
  caller: Caller;
  expiresAt: number;
}

/** Like TokenVerifier, with the expiry too: live subscriptions end when the token does (gateway/subscriptions). */
export type TokenVerification = (token: string) => Promise<VerifiedToken>;

const DEV_HINT = 'In development, `npm run token -- --role agent` prints one.';

/**
 * Verifies bearer tokens with jose: signature (secret, public key, or the provider's JWKS, which jose fetches and
 * caches), issuer, audience, algorithm, a required `exp` and `nbf`, with 60 s of clock tolerance; then that `iat` is
 * not in the future and the token lives no longer than its role's cap (tokenLifetime.ts); then reads who the caller
 * is from `sub`, `role`, `team` (agents) and `scope` (services). A token verified in the last 30 s is not checked
 * again (verifiedTokenCache.ts): only tokens that passed every check are kept, and none past its `exp`.
 */
export function createTokenVerifier(options: AuthOptions, cacheOptions: VerifiedTokenCacheOptions = {}): TokenVerifier {
  const verify = createTokenVerification(options, cacheOptions);
  return async (token) => (await verify(token)).caller;
}

/** createTokenVerifier's checks and cache, answering the token's expiry with the caller. */
export function createTokenVerification(
  options: AuthOptions,
  cacheOptions: VerifiedTokenCacheOptions = {},
): TokenVerification {
  const key: Uint8Array | ReturnType<typeof createPublicKey> | JWTVerifyGetKey =
    options.key.kind === 'secret'
      ? new TextEncoder().encode(options.key.secret)
      : options.key.kind === 'publicKey'
        ? createPublicKey(options.key.pem)
        : keysUnavailableAs503(createRemoteJWKSet(new URL(options.key.url)));
  const verifyOptions = {
    issuer: options.issuer,
    audience: options.audience,
    algorithms: options.algorithms,
    requiredClaims: ['exp'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
  const verified = verifiedTokenCache(cacheOptions);
  return async (token) => {
    const known = verified.lookup(token);
    // every cached token was set with its `exp` (required below)
    if (known?.expiresAt !== undefined) return { caller: known.caller, expiresAt: known.expiresAt };
    let payload: JWTPayload;
    try {
      payload =
        typeof key === 'function'
          ? (await jwtVerify(token, key, verifyOptions)).payload
          : (await jwtVerify(token, key, verifyOptions)).payload;
    } catch (error) {
      throw explain(error);
    }
    const caller = callerOf(payload);
    checkTokenLifetime(payload, caller.role, options.maxTokenLifetime);
    // jose requires `exp` and checkTokenLifetime checks it is a number; stated again for the type
    if (typeof payload.exp !== 'number') throw new AuthError(NO_EXP_MESSAGE);
    const expiresAt = payload.exp * 1000;
    verified.set(token, caller, expiresAt);
    return { caller, expiresAt };
  };
}

/**
 * jose reports a key set it could fetch but not read (the provider answers 500, or an HTML maintenance page) as a
 * plain JOSEError, which `explain` would call a malformed token (401): during an identity-provider outage clients
 * would throw good tokens away. Only the getter's own JOSE errors with a specific code (no matching key…) are the
 * token's fault.
 */
function keysUnavailableAs503(jwks: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await jwks(header, token);
    } catch (error) {
      if (error instanceof errors.JOSEError && error.code !== errors.JOSEError.code) throw error;
      throw new AuthError("The gateway cannot reach its identity provider's keys right now. Try again shortly.", 503);
    }
  };
}

function callerOf(payload: JWTPayload): Caller {
  const { sub } = payload;
  const role = payload['role'];
  if (typeof sub !== 'string' || sub === '')
    throw new AuthError('The token has no `sub` claim naming the user or service.');
  if (!isRole(role)) {
    throw new AuthError(
      `The token's \`role\` claim is ${JSON.stringify(role ?? null)}; it must be one of agent, supervisor, analyst, service.`,
    );
  }
  const team = payload['team'];
  if (role === 'agent' && (typeof team !== 'string' || team === '')) {
    throw new AuthError('An agent token needs a `team` claim naming the agent\'s team (e.g. "billing").');
  }
  return {
    userId: sub,
    role,
    ...(role === 'agent' ? { team: team as string } : {}),
    scopes: scopesFor(role, payload['scope']),
  };
}

/** jose's error, in words a caller can act on, never naming the key. */
function explain(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  if (error instanceof errors.JWTExpired) return new AuthError(`The token has expired. Get a new one. ${DEV_HINT}`);
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp' && error.reason === 'missing') {
    return new AuthError(NO_EXP_MESSAGE);
  }
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf' && error.reason === 'check_failed') {
    return new AuthError(
      `The token is not valid yet: its \`nbf\` claim is more than ${CLOCK_TOLERANCE_SECONDS} s in the future. Check the clock of whoever issued it, or wait.`,
    );
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new AuthError(
      `The token's \`${error.claim}\` claim is not accepted by this gateway (${error.reason.replace(/_/g, ' ')}). Get a token issued for it.`,
    );
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new AuthError('The token is signed with an algorithm this gateway does not accept.');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return new AuthError("The token's signature does not verify: it was not issued for this gateway, or was altered.");
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return new AuthError("The gateway cannot reach its identity provider's keys right now. Try again shortly.", 503);
  }
  if (error instanceof errors.JOSEError) {
    return new AuthError(`The bearer value is not a valid signed JWT. ${DEV_HINT}`);
  }
  return new AuthError('The gateway cannot check tokens right now. Try again shortly.', 503);
}
