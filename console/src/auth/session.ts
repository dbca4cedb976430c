import { createContext, useContext } from 'react';
import type { ConsoleClientConfig } from './consoleConfig';
import type { Identity, Permissions, Role } from './identity';

/**
 * The signed-in person, however they signed in (dev role switcher, OpenID Connect, an embedding tool's token).
 * Every GraphQL request asks `token()` for a current bearer token.
 */
export interface Session {
  config: ConsoleClientConfig;
  identity: Identity | undefined;
  can: Permissions;
  /** A token that is valid now (renewed before it expires); undefined when signed out or AUTH_MODE=off. */
  token(): Promise<string | undefined>;
  /** Dev mode: sign in as a role (and, for agents, as one of the seeded agents). */
  switchRole?: ((role: Role, agentId?: string) => Promise<void>) | undefined;
  /** OIDC mode: start the provider's sign-in, or sign out. */
  signIn?: (() => Promise<void>) | undefined;
  signOut?: (() => Promise<void>) | undefined;
  /** Why signing in failed, in words for the person at the screen. */
  error?: string | undefined;
}

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() is used outside <SessionProvider>: wrap the app in it (app/App.tsx).');
  return session;
}
