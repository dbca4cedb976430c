import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { User } from 'oidc-client-ts';
import { BASE } from '../app/router';
import type { ConsoleClientConfig } from './consoleConfig';
import { identityOfToken, permissionsOf } from './identity';
import type { Identity } from './identity';
import type { Session } from './session';

type OidcAuth = Extract<ConsoleClientConfig['auth'], { mode: 'oidc' }>;

/** Renew a minute before expiry, so no request leaves with a token about to lapse. */
const RENEW_BEFORE_MS = 60_000;
const CALLBACK_PATH = `${BASE}/callback`;

const managers = new Map<string, UserManager>();

/**
 * One UserManager per provider and client for the page's life: the callback page and the session share it, so the
 * user the callback stores reaches the session through its `userLoaded` event.
 *
 * Renewal: by refresh token, on demand (`token()` renews when the access token has under a minute left), when the
 * provider grants one (many do to browser clients only with `offline_access` in CONSOLE_OIDC_SCOPE, and should
 * rotate it); otherwise the person signs in again when the access token expires. No silent renewal in a hidden
 * iframe: the page's Content-Security-Policy frames nothing, and browsers that block third-party cookies would
 * not send the provider's session cookie to that iframe anyway.
 */
export function oidcUserManager(auth: OidcAuth): UserManager {
  const key = `${auth.authority} ${auth.clientId} ${auth.scope}`;
  let manager = managers.get(key);
  if (!manager) {
    manager = new UserManager({
      authority: auth.authority,
      client_id: auth.clientId,
      redirect_uri: `${location.origin}${CALLBACK_PATH}`,
      post_logout_redirect_uri: `${location.origin}${BASE}`,
      response_type: 'code',
      scope: auth.scope,
      // tokens live as long as the tab: another tab signs in again (at once, while the provider's session lasts)
      userStore: new WebStorageStateStore({ store: sessionStorage }),
      automaticSilentRenew: false,
      monitorSession: false,
    });
    managers.set(key, manager);
  }
  return manager;
}

/** Where to go back to after signing in: a console page, never another site or the callback itself. */
function safeReturnPath(path: unknown): string {
  if (typeof path !== 'string' || !(path === BASE || path.startsWith(`${BASE}/`) || path.startsWith(`${BASE}?`)))
    return BASE;
  return path.startsWith(CALLBACK_PATH) ? BASE : path;
}

const completions = new Map<string, Promise<string>>();

/**
 * Finishes the sign-in the provider redirected back with (code → tokens, PKCE checked) and answers the console path
 * to go back to. Once per callback URL: the code is single-use, and React may run the effect that asks twice.
 */
export function completeSignIn(auth: OidcAuth): Promise<string> {
  const url = location.href;
  let completion = completions.get(url);
  if (!completion) {
    completion = oidcUserManager(auth)
      .signinRedirectCallback(url)
      .then((user) => safeReturnPath((user.state as { returnTo?: unknown } | undefined)?.returnTo));
    completions.set(url, completion);
  }
  return completion;
}

function expiresSoon(user: User): boolean {
  return user.expires_at !== undefined && user.expires_at * 1000 - RENEW_BEFORE_MS <= Date.now();
}

function expired(user: User): boolean {
  return user.expires_at !== undefined && user.expires_at * 1000 <= Date.now();
}

/** The person an access token names, or why the console cannot use it. */
function identityOf(user: User | null | undefined): { identity?: Identity; problem?: string } {
  // an expired token with a refresh token is still a signed-in person: the next token() renews it
  if (!user || (expired(user) && !user.refresh_token)) return {};
  const identity = identityOfToken(user.access_token);
  if (identity) return { identity };
  return {
    problem:
      'The access token from your sign-in is not a JWT with `sub` and `role` claims, so the gateway will not accept it. ' +
      'Have the provider issue JWT access tokens for this gateway (audience JWT_AUDIENCE) carrying `role` (and `team` for agents).',
  };
}

/** Sign-in with the organisation's OpenID Connect provider (authorization code + PKCE, oidc-client-ts). */
export function useOidcSession(config: ConsoleClientConfig & { auth: { mode: 'oidc' } }): Session {
  const manager = oidcUserManager(config.auth);
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [error, setError] = useState<string | undefined>();
  const renewing = useRef<Promise<string | undefined> | undefined>(undefined);

  useEffect(() => {
    const loaded = (next: User) => setUser(next);
    const unloaded = () => setUser(null);
    manager.events.addUserLoaded(loaded);
    manager.events.addUserUnloaded(unloaded);
    void manager.getUser().then(
      (stored) => setUser((now) => (now === undefined ? stored : now)),
      () => setUser(null),
    );
    void manager.clearStaleState().catch(() => undefined);
    return () => {
      manager.events.removeUserLoaded(loaded);
      manager.events.removeUserUnloaded(unloaded);
    };
  }, [manager]);

  const renew = useCallback(
    async (held: User): Promise<string | undefined> => {
      if (held.refresh_token) {
        try {
          const renewed = await manager.signinSilent();
          if (renewed) return renewed.access_token;
        } catch {
          // the refresh token expired or was revoked: signing in again is the only way on
        }
      } else if (!expired(held)) {
        // nothing to renew with: use the token while it lasts
        return held.access_token;
      }
      await manager.removeUser();
      setError('Your sign-in has expired. Sign in again to go on.');
      return undefined;
    },
    [manager],
  );

  const token = useCallback(async (): Promise<string | undefined> => {
    const held = await manager.getUser();
    if (!held) return undefined;
    if (!expiresSoon(held)) return held.access_token;
    renewing.current ??= renew(held).finally(() => {
      renewing.current = undefined;
    });
    return renewing.current;
  }, [manager, renew]);

  const signIn = useCallback(async () => {
    setError(undefined);
    try {
      // the page may only call JWT_ISSUER's origin (the gateway's Content-Security-Policy): say so before leaving
      const tokenEndpoint = await manager.metadataService.getTokenEndpoint(false);
      const allowed = new URL(config.auth.authority).origin;
      if (new URL(tokenEndpoint).origin !== allowed) {
        setError(
          `The provider's token endpoint (${new URL(tokenEndpoint).origin}) is not on JWT_ISSUER's origin (${allowed}), ` +
            'the only one the console may call: the sign-in could not finish. Use an issuer whose endpoints share its origin.',
        );
        return;
      }
      await manager.signinRedirect({ state: { returnTo: safeReturnPath(`${location.pathname}${location.search}`) } });
    } catch (failure) {
      setError(`The sign-in could not start: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  }, [manager, config.auth.authority]);

  const signOut = useCallback(async () => {
    setError(undefined);
    try {
      const metadata = manager.metadataService;
      if (user?.refresh_token && (await metadata.getRevocationEndpoint(true))) {
        // the access token dies on its own (a JWT the gateway checks offline); the refresh token must not outlive us
        await manager.revokeTokens(['refresh_token']).catch(() => undefined);
      }
      if (await metadata.getEndSessionEndpoint()) {
        await manager.signoutRedirect();
        return;
      }
    } catch {
      // the provider cannot be reached: forget the tokens here at least
    }
    await manager.removeUser();
  }, [manager, user]);

  return useMemo(() => {
    const { identity, problem } = identityOf(user);
    return {
      config,
      identity,
      can: permissionsOf(identity),
      token,
      // offered once the session knows whether someone is signed in (before that the page says it is checking)
      signIn: user === undefined ? undefined : signIn,
      signOut: user === undefined ? undefined : signOut,
      error: error ?? problem,
    };
  }, [config, user, token, signIn, signOut, error]);
}
