/** Codes of the answers auth gives, in `extensions.code`. */
export enum AuthErrorCode {
  /** No token, or one that does not verify: HTTP 401. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** A valid token without the scope the operation needs: HTTP 403. */
  FORBIDDEN = 'FORBIDDEN',
}

/** A token the gateway refuses; the message says why in terms the caller can act on, never the key or secret. */
export class AuthError extends Error {
  override readonly name = 'AuthError';

  constructor(
    message: string,
    readonly status: 401 | 403 | 503 = 401,
  ) {
    super(message);
  }
}
