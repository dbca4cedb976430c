/**
 * What GET /console/config.json answers (the gateway's gateway/console/consoleOptions.ts writes it; the console
 * cannot import the gateway, so the shape is repeated here and test/unit/console checks the two agree).
 */
export type ConsoleAuthConfig =
  | { mode: 'dev'; devTokenUrl: string; roles: readonly { role: string; label: string; sees: string }[] }
  | { mode: 'oidc'; authority: string; clientId: string; scope: string }
  | { mode: 'off' }
  | { mode: 'unconfigured'; fix: string };

export interface ConsoleClientConfig {
  auth: ConsoleAuthConfig;
  graphqlPath: string;
  streamPath: string;
  webSocketPath: string;
}

export async function fetchConsoleConfig(): Promise<ConsoleClientConfig> {
  const response = await fetch('/console/config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`The gateway did not answer /console/config.json (HTTP ${response.status}).`);
  return (await response.json()) as ConsoleClientConfig;
}
