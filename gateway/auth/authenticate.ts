import type { RequestHandler, Response } from 'express';
import { AuthError, AuthErrorCode } from './authError';
import type { AuthOptions } from './authOptions';
import type { TokenVerification, VerifiedToken } from './tokenVerifier';

const BEARER = /^Bearer\s+([\w.~+/-]+=*)\s*$/i;

/**
 * The token in an `Authorization` value (`Bearer <JWT>`), or why there is none. `where` names where the value
 * goes: the header for HTTP, the connection payload for WebSocket (browsers cannot set headers there).
 */
export function bearerToken(
  value: string | undefined,
  where = 'send `Authorization: Bearer <JWT>`',
): string | AuthError {
  if (!value) {
    return new AuthError(
      `This endpoint needs a bearer token: ${where}. In development, \`npm run token -- --role agent\` prints one, and the playground in a browser signs you in as the role you pick.`,
    );
  }
  return BEARER.exec(value)?.[1] ?? new AuthError('The Authorization header must be `Bearer <JWT>`.');
}

/**
 * Verifies the bearer token before anything else of the request is read, and puts the caller in
 * `res.locals.caller` (and the token's expiry in `res.locals.tokenExpiresAt`, which live streams end at). Refuses
 * with 401 (or 503 when the identity provider's keys cannot be fetched) and a JSON GraphQL error, so clients
 * handle it like any other error. With AUTH_MODE=off it lets every request through.
 */
export function authenticate(options: Pick<AuthOptions, 'mode'>, verify: TokenVerification): RequestHandler {
  return (req, res, next) => {
    if (options.mode === 'off') return next();
    const token = bearerToken(req.get('authorization'));
    if (token instanceof AuthError) return refuse(res, token);
    verify(token).then(
      ({ caller, expiresAt }: VerifiedToken) => {
        res.locals['caller'] = caller;
        res.locals['tokenExpiresAt'] = expiresAt;
        next();
      },
      (error: unknown) =>
        refuse(
          res,
          error instanceof AuthError ? error : new AuthError('The gateway cannot check tokens right now.', 503),
        ),
    );
  };
}

function refuse(res: Response, error: AuthError): void {
  if (error.status === 401) res.set('WWW-Authenticate', 'Bearer realm="customer-360", error="invalid_token"');
  res.status(error.status).json({
    errors: [
      {
        message: error.message,
        extensions: { code: error.status === 503 ? 'SERVICE_UNAVAILABLE' : AuthErrorCode.UNAUTHENTICATED },
      },
    ],
  });
}
