import type { RequestHandler, Response } from 'express';
import type { Caller } from '../../platform/caller';
import { AuthError, AuthErrorCode } from './authError';
import type { AuthOptions } from './authOptions';
import type { TokenVerifier } from './tokenVerifier';

const BEARER = /^Bearer\s+([\w.~+/-]+=*)\s*$/i;

/**
 * Verifies the bearer token before anything else of the request is read, and puts the caller in
 * `res.locals.caller`. Refuses with 401 (or 503 when the identity provider's keys cannot be fetched) and a JSON
 * GraphQL error, so clients handle it like any other error. With AUTH_MODE=off it lets every request through.
 */
export function authenticate(options: Pick<AuthOptions, 'mode'>, verify: TokenVerifier): RequestHandler {
  return (req, res, next) => {
    if (options.mode === 'off') return next();
    const header = req.get('authorization');
    if (!header) {
      return refuse(
        res,
        new AuthError(
          'This endpoint needs a bearer token: send `Authorization: Bearer <JWT>`. In development, `npm run token -- --role agent` prints one, and the playground in a browser signs you in as the role you pick.',
        ),
      );
    }
    const token = BEARER.exec(header)?.[1];
    if (!token) {
      return refuse(res, new AuthError('The Authorization header must be `Bearer <JWT>`.'));
    }
    verify(token).then(
      (caller: Caller) => {
        res.locals['caller'] = caller;
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
