export { authenticate, bearerToken } from './authenticate';
export { authorizationPlugin } from './authorizationPlugin';
export { createOperationAuthorizer } from './operationAuthorizer';
export type { OperationAuthorizer } from './operationAuthorizer';
export { requireScope } from './requireScope';
export { readAuthVariables } from './authConfig';
export type { AuthConfig } from './authConfig';
export { AuthError, AuthErrorCode } from './authError';
export { DEV_AUTH, DEV_SIGNING_SECRET, usesDevSecret } from './authOptions';
export { devTokenSource } from './devTokenSource';
export type { AuthOptions, TokenKey } from './authOptions';
export { DEV_AUDIENCE, DEV_ISSUER, DEV_JWT_SECRET, DEV_SUBJECTS, mintDevToken } from './devToken';
export type { DevTokenOptions } from './devToken';
export { ROLE_SCOPES, scopesFor } from './roles';
export { satisfies, scopeRequirements } from './scopeRequirements';
export type { ScopeRequirements } from './scopeRequirements';
export {
  CLOCK_TOLERANCE_SECONDS,
  DEFAULT_MAX_TOKEN_LIFETIME,
  formatDuration,
  lifetimeVariable,
  parseDuration,
} from './tokenLifetime';
export type { TokenLifetimeCaps } from './tokenLifetime';
export { createTokenVerification, createTokenVerifier } from './tokenVerifier';
export type { TokenVerification, TokenVerifier, VerifiedToken } from './tokenVerifier';
