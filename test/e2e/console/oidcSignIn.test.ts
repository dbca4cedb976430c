import { decodeJwt } from 'jose';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { DEFAULT_MAX_TOKEN_LIFETIME } from '../../../gateway/auth/tokenLifetime';
import type { RunningAll } from '../../../stack/startAll';
import { seriousViolations, formatViolations } from '../../support/axe';
import { consoleOption, launchBrowser, pageErrors, startBrowserStack } from '../../support/consoleBrowser';
import { startOidcProvider } from '../../support/oidcProvider';
import type { TestOidcProvider } from '../../support/oidcProvider';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const CLIENT_ID = 'c360-console';
const AUDIENCE = 'customer-360';
/** Ten minutes: well inside the gateway's 12 h cap for people, and short enough that renewal matters. */
const ACCESS_TOKEN_TTL_SECONDS = 600;

/** The bearer tokens the page sent to the gateway's GraphQL endpoint, in order. */
function bearerTokens(page: Page): string[] {
  const tokens: string[] = [];
  page.on('request', (request: Request) => {
    if (new URL(request.url()).pathname !== '/graphql') return;
    const authorization = request.headers()['authorization'];
    tokens.push(authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : '');
  });
  return tokens;
}

/** Signs in at the provider's built-in (development) pages: any password; consent when the provider asks. */
async function signInAtProvider(page: Page, issuer: string, login: string): Promise<void> {
  await page.waitForURL((url) => url.origin === issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  // the consent page, the first time this client asks this account (no grant yet)
  await page.waitForURL((url) => url.origin !== issuer || url.pathname.startsWith('/interaction/'));
  if (new URL(page.url()).origin === issuer) await page.getByRole('button', { name: 'Continue' }).click();
}

describe('Console sign-in with an OpenID Connect provider (oidc-provider, authorization code + PKCE)', () => {
  let provider: TestOidcProvider;
  let running: RunningAll;
  let origin: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // the provider first (the gateway needs its issuer and keys), then the gateway, then the provider's client
    provider = await startOidcProvider();
    running = await startBrowserStack({
      seed: { seed: 42, customers: 20 },
      port: 0,
      gatewayLogger: quiet,
      auth: {
        mode: 'jwt',
        key: { kind: 'jwks', url: provider.jwksUri },
        issuer: provider.issuer,
        audience: AUDIENCE,
        algorithms: ['RS256'],
        maxTokenLifetime: DEFAULT_MAX_TOKEN_LIFETIME,
      },
      console: { ...consoleOption(), oidc: { clientId: CLIENT_ID, scope: 'openid profile' } },
      playgroundRoles: false,
    });
    origin = new URL(running.gatewayUrl).origin;
    await provider.configure({
      clientId: CLIENT_ID,
      redirectUris: [`${origin}/console/callback`],
      postLogoutRedirectUris: [`${origin}/console`],
      audience: AUDIENCE,
      accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: 3_600,
      accounts: {
        agt_1: { role: 'agent', team: 'customer_care', name: 'Test Agent' },
        sup_1: { role: 'supervisor', name: 'Test Supervisor' },
      },
    });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
    await provider?.stop();
  });

  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    contexts.push(context);
    return context.newPage();
  }

  it('tells the console to sign in with the provider, whose endpoints the page may call', async () => {
    const config = (await (await fetch(`${origin}/console/config.json`)).json()) as { auth: Record<string, unknown> };
    expect(config.auth).toEqual({
      mode: 'oidc',
      authority: provider.issuer,
      clientId: CLIENT_ID,
      scope: 'openid profile',
    });
    const page = await fetch(`${origin}/console`);
    expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${provider.issuer}`);
    // the page calls discovery, the token endpoint and revocation: all must be on the issuer's origin
    const discovery = (await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json()) as Record<
      string,
      string
    >;
    for (const endpoint of ['token_endpoint', 'revocation_endpoint', 'jwks_uri', 'end_session_endpoint']) {
      expect(new URL(discovery[endpoint] ?? '').origin).toBe(provider.issuer);
    }
    // no dev tokens on a gateway that checks a provider's keys
    expect((await fetch(`${origin}/playground/dev-token?role=agent`)).status).toBe(404);
  });

  it('signs an agent in, loads Maria Keller with the access token, renews it by refresh token, and signs out', async () => {
    const page = await freshPage();
    const errors = pageErrors(page);
    const sent = bearerTokens(page);

    await page.goto(`${origin}/console`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to see customer data' }).waitFor();
    await expect(page.getByTestId('session-who').innerText()).resolves.toBe('Not signed in');
    expect(formatViolations(await seriousViolations(page))).toBe('no serious or critical violations');
    // signed out, the console asks the gateway nothing
    expect(sent).toEqual([]);

    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await signInAtProvider(page, provider.issuer, 'agt_1');
    await page.waitForURL(`${origin}/console`);
    await expect(page.getByTestId('session-who').innerText()).resolves.toBe('Test Agent · agent · customer_care');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    // a reload keeps the session (sessionStorage); the customer loads with the provider's access token
    await page.goto(`${origin}/console/customer/cus_1`);
    await page.getByRole('heading', { level: 1, name: 'Maria Keller' }).waitFor({ timeout: 30_000 });
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((token) => token === sent[0])).toBe(true);
    const claims = decodeJwt(sent[0] ?? '');
    expect(claims).toMatchObject({
      iss: provider.issuer,
      aud: AUDIENCE,
      sub: 'agt_1',
      role: 'agent',
      team: 'customer_care',
    });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(ACCESS_TOKEN_TTL_SECONDS);

    // nine and a half minutes later (the page's clock only): under a minute left, so the next request renews first
    await page.clock.install();
    await page.clock.fastForward((ACCESS_TOKEN_TTL_SECONDS - 30) * 1000);
    const before = sent.length;
    const renewedRequest = page.waitForRequest((request) => new URL(request.url()).pathname === '/graphql', {
      timeout: 15_000,
    });
    await page.getByRole('link', { name: 'Find' }).click();
    await page.goBack();
    await renewedRequest;
    await page.getByRole('heading', { level: 1, name: 'Maria Keller' }).waitFor();
    const renewed = sent.slice(before);
    expect(renewed.length).toBeGreaterThan(0);
    expect(renewed.every((token) => token !== sent[0] && token !== '')).toBe(true);
    expect(decodeJwt(renewed[0] ?? '')).toMatchObject({ sub: 'agt_1', role: 'agent', aud: AUDIENCE });

    await page.getByRole('button', { name: 'Sign out' }).click();
    // the provider asks whether to end its session too
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('button', { name: /sign me out/i }).click();
    await page.waitForURL(`${origin}/console`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Sign in to see customer data' }).waitFor();
    // the tokens are gone from the tab (runs in the page: the root project has no DOM types)
    const stored = await page.evaluate(() =>
      Object.keys((globalThis as unknown as { sessionStorage: Record<string, string> }).sessionStorage),
    );
    expect(stored.filter((key) => key.startsWith('oidc.user'))).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('comes back to the page the person was on when they chose Sign in', async () => {
    const page = await freshPage();
    await page.goto(`${origin}/console/customer/cus_1`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to see customer data' }).waitFor();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await signInAtProvider(page, provider.issuer, 'sup_1');
    await page.waitForURL(`${origin}/console/customer/cus_1`);
    await page.getByRole('heading', { level: 1, name: 'Maria Keller' }).waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('session-who').innerText()).resolves.toBe('Test Supervisor · supervisor');
  }, 120_000);
});
