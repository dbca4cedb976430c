import type { RequestHandler } from 'express';
import { decodeJwt } from 'jose';
import { isPlaygroundRole, PLAYGROUND_ROLES } from './playgroundRoles';
import type { DevTokenSource } from './playgroundRoles';

/** Where the playground page fetches the token for the role picked in its switcher. */
export const DEV_TOKEN_PATH = '/playground/dev-token';

/** What GET /playground/dev-token answers. */
export interface DevTokenResponse {
  token: string;
  role: string;
  /** When the token expires (ISO 8601), so the page knows when to ask again; null when it never does. */
  expiresAt: string | null;
}

/**
 * GET /playground/dev-token?role=analyst → `{ token, role, expiresAt }`. Mounted only when a DevTokenSource is
 * given; otherwise the path does not exist at all (404), so production cannot hand out tokens by mistake.
 */
export function devTokenHandler(devTokens: DevTokenSource): RequestHandler {
  const roles = PLAYGROUND_ROLES.join(', ');
  return async (req, res) => {
    // a token is a credential: no browser or proxy may keep it
    res.set('Cache-Control', 'no-store');
    const role = req.query['role'];
    if (!isPlaygroundRole(role)) {
      const named = typeof role === 'string' ? `Unknown role ${JSON.stringify(role.slice(0, 40))}` : 'No role given';
      res.status(400).json({
        errors: [
          {
            message: `${named}. Ask for one of ${roles}, e.g. GET ${DEV_TOKEN_PATH}?role=analyst.`,
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
      return;
    }
    const token = await devTokens(role);
    const { exp } = decodeJwt(token);
    const body: DevTokenResponse = {
      token,
      role,
      expiresAt: typeof exp === 'number' ? new Date(exp * 1000).toISOString() : null,
    };
    res.json(body);
  };
}
