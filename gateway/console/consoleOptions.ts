/**
 * How the gateway serves the console (the web app in console/, built by `npm run console:build`). The gateway
 * serves whatever directory it is given, so a deployment can ship a build made elsewhere.
 */
export interface ConsoleOptions {
  /** CONSOLE_DIR: the built console (index.html and its hashed assets). Absent: /console explains how to build it. */
  dir: string;
  /**
   * Sign-in through the organisation's OpenID Connect provider (authorization code + PKCE), when the console has a
   * client id there (CONSOLE_OIDC_CLIENT_ID). The provider is JWT_ISSUER, whose discovery document the browser reads.
   */
  oidc?: { clientId: string; scope: string } | undefined;
  /** CONSOLE_EMBED_ORIGINS: the sites that may frame the embeddable customer card; none by default. */
  embedOrigins: readonly string[];
}

export const CONSOLE_PATH = '/console';
export const DEFAULT_CONSOLE_DIR = 'console/dist';
export const DEFAULT_OIDC_SCOPE = 'openid profile';

/** What GET /console/config.json answers: how the console signs in on this gateway. */
export type ConsoleAuthConfig =
  /** Outside production, with the dev secret: a role switcher that fetches tokens from the playground's endpoint. */
  | { mode: 'dev'; devTokenUrl: string; roles: readonly { role: string; label: string; sees: string }[] }
  /** The organisation's provider: `authority` is JWT_ISSUER (its /.well-known/openid-configuration). */
  | { mode: 'oidc'; authority: string; clientId: string; scope: string }
  /** AUTH_MODE=off: no token at all. */
  | { mode: 'off' }
  /** Tokens are checked, but neither dev tokens nor a provider are configured: the console cannot sign anyone in. */
  | { mode: 'unconfigured'; fix: string };

export interface ConsoleClientConfig {
  auth: ConsoleAuthConfig;
  /** Where the GraphQL endpoint and the live stream are, relative to the console's origin. */
  graphqlPath: string;
  streamPath: string;
  webSocketPath: string;
}
