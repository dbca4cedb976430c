import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { consoleRouter } from '../../../../gateway/console';
import type { ConsoleRouterOptions } from '../../../../gateway/console';
import { listen } from '../../../../platform/http/listen';
import type { Listening } from '../../../../platform/http/listen';

const ISSUER = 'https://login.example.com/realms/staff';
const PAGE = '<!doctype html><title>Customer 360</title><div id="root"></div>';
const ASSET = 'console.log("app")';

/** A console build as `npm run console:build` lays it out: index.html, hashed assets, the card's web component. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'c360-console-router-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'assets', 'app-4F2KQ7XA.js'), ASSET);
  writeFileSync(join(dir, 'customer-card.js'), 'customElements.define("c360-customer-card", class {})');
  return dir;
}

/** GET with the body read, so no connection stays busy after the test (undici keeps unread ones open). */
async function get(url: string): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

function options(overrides: Partial<ConsoleRouterOptions>): ConsoleRouterOptions {
  return {
    dir: '/nonexistent',
    embedOrigins: [],
    devTokenUrl: undefined,
    authOff: false,
    issuer: ISSUER,
    graphqlPath: '/graphql',
    streamPath: '/graphql/stream',
    webSocketPath: '/graphql/ws',
    ...overrides,
  };
}

describe('Console router: serves the built app at /console and tells it how to sign in', () => {
  const servers: Listening[] = [];
  const dirs: string[] = [];

  async function serve(overrides: Partial<ConsoleRouterOptions>): Promise<string> {
    const app = express();
    app.use(consoleRouter(options(overrides)));
    app.use((_req, res) => res.status(404).send('not the console'));
    const http = await listen(app, { port: 0, host: '127.0.0.1' });
    servers.push(http);
    return http.origin;
  }

  async function built(overrides: Partial<ConsoleRouterOptions> = {}): Promise<string> {
    const dir = fakeBuild();
    dirs.push(dir);
    return serve({ dir, ...overrides });
  }

  afterAll(async () => {
    for (const server of servers) await server.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  describe('GET /console/config.json', () => {
    async function configOf(overrides: Partial<ConsoleRouterOptions>) {
      const response = await get(`${await built(overrides)}/console/config.json`);
      expect(response.status).toBe(200);
      // how to sign in changes with the deployment: never cached
      expect(response.headers.get('cache-control')).toBe('no-store');
      return JSON.parse(response.text) as { auth: unknown; graphqlPath: string; streamPath: string };
    }

    it('offers the role switcher with the dev-token URL and the roles outside production', async () => {
      const config = await configOf({ devTokenUrl: '/playground/dev-token' });
      expect(config).toEqual({
        auth: {
          mode: 'dev',
          devTokenUrl: '/playground/dev-token',
          roles: [
            { role: 'agent', label: 'Agent', sees: expect.any(String) },
            { role: 'supervisor', label: 'Supervisor', sees: expect.any(String) },
            { role: 'analyst', label: 'Analyst', sees: expect.any(String) },
          ],
        },
        graphqlPath: '/graphql',
        streamPath: '/graphql/stream',
        webSocketPath: '/graphql/ws',
      });
    });

    it('names the provider (JWT_ISSUER), the client id and the scope when CONSOLE_OIDC_CLIENT_ID is set', async () => {
      const config = await configOf({ oidc: { clientId: 'console-spa', scope: 'openid profile offline_access' } });
      expect(config.auth).toEqual({
        mode: 'oidc',
        authority: ISSUER,
        clientId: 'console-spa',
        scope: 'openid profile offline_access',
      });
    });

    it('says no token is needed with AUTH_MODE=off, whatever else is set', async () => {
      const config = await configOf({
        authOff: true,
        devTokenUrl: '/playground/dev-token',
        oidc: { clientId: 'console-spa', scope: 'openid' },
      });
      expect(config.auth).toEqual({ mode: 'off' });
    });

    it('says how to fix a gateway that checks tokens but can neither mint them nor send anyone to a provider', async () => {
      const config = await configOf({});
      expect(config.auth).toEqual({ mode: 'unconfigured', fix: expect.stringContaining('CONSOLE_OIDC_CLIENT_ID') });
    });
  });

  describe('the page and its assets', () => {
    it.each(['/console', '/console/', '/console/customer/cus_1', '/console/queue/billing', '/console/callback'])(
      'answers %s with the app page, so deep links and reloads work',
      async (path) => {
        const response = await get(`${await built()}${path}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        // a new build must reach everyone at once: the page is revalidated, its hashed assets are not
        expect(response.headers.get('cache-control')).toBe('no-cache');
        expect(response.text).toBe(PAGE);
      },
    );

    it('serves hashed assets for a year, immutable, and a missing one as 404 rather than the page', async () => {
      const origin = await built();
      const asset = await get(`${origin}/console/assets/app-4F2KQ7XA.js`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.text).toBe(ASSET);

      const missing = await get(`${origin}/console/assets/app-OLDHASH1.js`);
      expect(missing.status).toBe(404);
      expect(missing.text).not.toContain('<div id="root">');
    });

    it("serves the build's precompressed copy to browsers that take gzip, and the plain file to others", async () => {
      const dir = fakeBuild();
      dirs.push(dir);
      writeFileSync(join(dir, 'assets', 'app-4F2KQ7XA.js.gz'), gzipSync(ASSET));
      const origin = await serve({ dir });
      // fetch asks for gzip and unpacks it: the text is the script, the headers say how it travelled
      const zipped = await get(`${origin}/console/assets/app-4F2KQ7XA.js`);
      expect(zipped.status).toBe(200);
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      expect(zipped.headers.get('content-type')).toMatch(/javascript/);
      expect(zipped.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect(zipped.text).toBe(ASSET);

      const plain = await fetch(`${origin}/console/assets/app-4F2KQ7XA.js`, {
        headers: { 'accept-encoding': 'identity' },
      });
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(await plain.text()).toBe(ASSET);

      // a name that tries to leave the assets folder gets no file (express.static refuses it with 403)
      const escape = await get(`${origin}/console/assets/..%2Findex.html`);
      expect(escape.status).toBe(403);
      expect(escape.text).not.toContain('<div id="root">');
    });

    it('serves the customer card web component by its stable name, cached briefly', async () => {
      const response = await get(`${await built()}/console/customer-card.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    });

    it('answers 503 naming `npm run console:build` when the directory holds no build', async () => {
      const response = await get(`${await serve({ dir: join(tmpdir(), 'c360-no-console-here') })}/console/kpis`);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const page = response.text;
      expect(page).toContain('<h1>The console is not built</h1>');
      expect(page).toContain('npm run console:build');
      expect(page).toContain('CONSOLE_DIR');
      // the page's own security headers hold on the explanation too
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    });

    it('leaves paths outside /console to the rest of the gateway', async () => {
      const response = await get(`${await built()}/consoles`);
      expect(response.status).toBe(404);
      expect(response.text).toBe('not the console');
    });
  });

  describe('security headers', () => {
    /** The Content-Security-Policy as directive → sources. */
    function directives(header: string | null): Record<string, string[]> {
      return Object.fromEntries(
        (header ?? '').split(';').map((directive) => {
          const [name = '', ...sources] = directive.trim().split(/\s+/);
          return [name, sources];
        }),
      );
    }

    it('allows no inline script, no plugin, no foreign framing, and connections to the gateway only', async () => {
      const response = await get(`${await built({ devTokenUrl: '/playground/dev-token' })}/console/customer/cus_1`);
      expect(directives(response.headers.get('content-security-policy'))).toEqual({
        'default-src': ["'self'"],
        'connect-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'script-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'frame-ancestors': ["'none'"],
      });
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
    });

    it("lets the page call the provider's origin (discovery, token, revocation) when it signs in there", async () => {
      const response = await get(`${await built({ oidc: { clientId: 'console-spa', scope: 'openid' } })}/console`);
      const policy = directives(response.headers.get('content-security-policy'));
      // the origin only: the page fetches several endpoints below it
      expect(policy['connect-src']).toEqual(["'self'", 'https://login.example.com']);
      expect(policy['script-src']).toEqual(["'self'"]);
    });

    it('lets only the configured origins frame the embeddable card, and nothing else', async () => {
      const origin = await built({ embedOrigins: ['https://crm.example.com', 'http://localhost:3000'] });
      const card = await get(`${origin}/console/embed/customer/cus_1`);
      expect(card.status).toBe(200);
      expect(directives(card.headers.get('content-security-policy'))['frame-ancestors']).toEqual([
        "'self'",
        'https://crm.example.com',
        'http://localhost:3000',
      ]);
      // X-Frame-Options cannot list origins; frame-ancestors governs the card alone
      expect(card.headers.get('x-frame-options')).toBeNull();

      const page = await get(`${origin}/console/customer/cus_1`);
      expect(directives(page.headers.get('content-security-policy'))['frame-ancestors']).toEqual(["'none'"]);
      expect(page.headers.get('x-frame-options')).toBe('DENY');
    });

    it('lets only the console itself frame the card when no embedding origin is configured', async () => {
      const card = await get(`${await built()}/console/embed/customer/cus_1`);
      expect(directives(card.headers.get('content-security-policy'))['frame-ancestors']).toEqual(["'self'"]);
    });
  });
});
