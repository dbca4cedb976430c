import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { fetchConsoleConfig } from './consoleConfig';
import type { ConsoleClientConfig } from './consoleConfig';
import { useDevSession } from './devSession';
import { useOidcSession } from './oidcSession';
import { permissionsOf } from './identity';
import { SessionContext } from './session';
import type { Session } from './session';

/** Loads /console/config.json, then signs in the way it says. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [config, setConfig] = useState<ConsoleClientConfig | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  useEffect(() => {
    fetchConsoleConfig().then(setConfig, (error: unknown) =>
      setFailure(error instanceof Error ? error.message : String(error)),
    );
  }, []);
  if (failure)
    return (
      <p role="alert" className="notice notice-error">
        {failure} Reload the page to try again.
      </p>
    );
  if (!config)
    return (
      <p className="loading" aria-busy="true">
        Starting the console…
      </p>
    );
  return <ConfiguredSession config={config}>{children}</ConfiguredSession>;
}

function ConfiguredSession({ config, children }: { config: ConsoleClientConfig; children: ReactNode }) {
  const { auth } = config;
  switch (auth.mode) {
    case 'dev':
      return <DevSession config={{ ...config, auth }}>{children}</DevSession>;
    case 'oidc':
      return <OidcSession config={{ ...config, auth }}>{children}</OidcSession>;
    case 'off':
    case 'unconfigured':
      return <StaticSession config={config}>{children}</StaticSession>;
  }
}

function DevSession(props: { config: ConsoleClientConfig & { auth: { mode: 'dev' } }; children: ReactNode }) {
  const session = useDevSession(props.config);
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

function OidcSession(props: { config: ConsoleClientConfig & { auth: { mode: 'oidc' } }; children: ReactNode }) {
  const session = useOidcSession(props.config);
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

function StaticSession({ config, children }: { config: ConsoleClientConfig; children: ReactNode }) {
  const session = useMemo<Session>(
    () => ({
      config,
      identity: undefined,
      can:
        config.auth.mode === 'off'
          ? { ...permissionsOf({ userId: '', role: 'supervisor' }) }
          : permissionsOf(undefined),
      token: async () => undefined,
      error: config.auth.mode === 'unconfigured' ? `This gateway cannot sign you in. ${config.auth.fix}` : undefined,
    }),
    [config],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
