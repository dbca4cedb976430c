import { useMemo } from 'react';
import type { ConsoleClientConfig } from './consoleConfig';
import { permissionsOf } from './identity';
import type { Session } from './session';

/** Sign-in with the organisation's OpenID Connect provider (authorization code + PKCE, oidc-client-ts). */
export function useOidcSession(config: ConsoleClientConfig & { auth: { mode: 'oidc' } }): Session {
  // TODO(oidc helper): replaced by the oidc-client-ts implementation
  return useMemo(
    () => ({ config, identity: undefined, can: permissionsOf(undefined), token: async () => undefined }),
    [config],
  );
}
