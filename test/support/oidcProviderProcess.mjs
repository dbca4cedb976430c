// A real OpenID Connect provider (oidc-provider) for the console's sign-in test, in its own process: oidc-provider
// is ESM-only and jest runs the tests as CommonJS. Started by test/support/oidcProvider.ts, which talks to it in
// JSON lines:
//   1. it listens on 127.0.0.1:0 and prints {"issuer": "http://127.0.0.1:<port>"}: the gateway needs the issuer
//      (and its JWKS) before it starts, and the provider needs the gateway's origin for the client's redirect URIs;
//   2. it reads one line of settings from stdin (client, audience, accounts, lifetimes) and prints {"ready": true}.
// Until then it answers 503. It stops when stdin closes (its parent died) or on SIGTERM.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import process from 'node:process';
import Provider, { errors } from 'oidc-provider';

/** @type {((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void) | undefined} */
let handle;
const server = createServer((req, res) => {
  if (handle) return handle(req, res);
  res.writeHead(503, { 'content-type': 'text/plain' }).end('The test provider is not configured yet.');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
if (!address || typeof address === 'string') throw new Error('The test provider has no TCP address.');
const issuer = `http://127.0.0.1:${address.port}`;
process.stdout.write(`${JSON.stringify({ issuer })}\n`);

const lines = createInterface({ input: process.stdin });
lines.on('close', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
/**
 * @type {{
 *   clientId: string; redirectUris: string[]; postLogoutRedirectUris: string[]; audience: string;
 *   accessTokenTtlSeconds: number; refreshTokenTtlSeconds: number;
 *   accounts: Record<string, { role: string; team?: string; name: string }>;
 * }}
 */
const settings = JSON.parse(await new Promise((resolve) => lines.once('line', resolve)));

// the gateway verifies RS256 signatures with this key from jwks_uri
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-rs256', alg: 'RS256', use: 'sig' };
/** The one API the console's tokens are for: the gateway, as its JWT_AUDIENCE names it. */
const RESOURCE = `urn:customer-360:${settings.audience}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: settings.clientId,
      // a browser app keeps no secret: PKCE proves the code is redeemed by whoever asked for it
      token_endpoint_auth_method: 'none',
      application_type: 'web',
      redirect_uris: settings.redirectUris,
      post_logout_redirect_uris: settings.postLogoutRedirectUris,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    },
  ],
  pkce: { required: () => true },
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  async findAccount(_ctx, id) {
    const account = settings.accounts[id];
    if (!account) return undefined;
    return {
      accountId: id,
      async claims() {
        return { sub: id, name: account.name };
      },
    };
  },
  // what the gateway reads from an access token besides `sub`: the role, the agent's team, and a name to show
  async extraTokenClaims(_ctx, token) {
    const account = settings.accounts[token.accountId];
    if (!account) return undefined;
    return { role: account.role, name: account.name, ...(account.team ? { team: account.team } : {}) };
  },
  // refresh tokens for the console (rotated on every use, as for any public client), without offline_access
  async issueRefreshToken(_ctx, client) {
    return client.grantTypeAllowed('refresh_token');
  },
  ttl: { RefreshToken: settings.refreshTokenTtlSeconds },
  features: {
    // the built-in login and consent pages: any login name is accepted (findAccount decides who it is)
    devInteractions: { enabled: true },
    revocation: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    resourceIndicators: {
      enabled: true,
      // the console asks for no resource: every token is for the gateway…
      defaultResource: async () => RESOURCE,
      // … also when the code or refresh token is redeemed with openid in scope (else the token is for userinfo)
      useGrantedResource: async () => true,
      async getResourceServerInfo(_ctx, resource) {
        if (resource !== RESOURCE) throw new errors.InvalidTarget();
        return {
          scope: '',
          audience: settings.audience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: settings.accessTokenTtlSeconds,
          jwt: { sign: { alg: 'RS256' } },
        };
      },
    },
  },
});
provider.on('server_error', (_ctx, error) => process.stderr.write(`provider error: ${error.stack}\n`));
handle = provider.callback();
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
