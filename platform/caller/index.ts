export * from './caller';
export * from './requestSignature';
export { DEFAULT_MAX_NONCES, memoryNonceStore } from './nonceStore';
export type { NonceClaim, NonceStore } from './nonceStore';
export { DEFAULT_NONCE_PREFIX, redisNonceStore } from './redisNonceStore';
export type { RequestCaller } from './requestCaller';
export { MIN_SIGNING_SECRET_LENGTH, signingSecretVariable } from './signingSecretVariable';
