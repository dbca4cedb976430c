import type { RequestHandler } from 'express';
import type { Scope } from '../../platform/caller';
import { localsOf } from '../context';
import { AuthErrorCode } from './authError';
import type { AuthOptions } from './authOptions';

/**
 * For plain HTTP routes behind `authenticate` (GET /metrics): 403 unless the verified caller holds `scope`. With
 * AUTH_MODE=off there is no caller and the route is open, like everything else.
 */
export function requireScope(options: Pick<AuthOptions, 'mode'>, scope: Scope): RequestHandler {
  return (_req, res, next) => {
    if (options.mode === 'off') return next();
    const caller = localsOf(res).caller;
    if (caller?.scopes.includes(scope)) return next();
    res.status(403).json({
      errors: [
        {
          message: `This needs the scope ${scope}, which your token (role ${caller?.role ?? 'none'}) does not grant. Supervisors have it; a service token can be granted it.`,
          extensions: { code: AuthErrorCode.FORBIDDEN },
        },
      ],
    });
  };
}
