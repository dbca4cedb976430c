import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import express, { Router } from 'express';
import type { Response } from 'express';
import { PLAYGROUND_ROLE_LABELS, PLAYGROUND_ROLES } from '../playground/playgroundRoles';
import { CONSOLE_PATH } from './consoleOptions';
import type { ConsoleAuthConfig, ConsoleClientConfig, ConsoleOptions } from './consoleOptions';

export interface ConsoleRouterOptions extends ConsoleOptions {
  /** Where the console fetches a token per role outside production (the playground's); undefined in production. */
  devTokenUrl: string | undefined;
  /** AUTH_MODE=off: the console sends no token. */
  authOff: boolean;
  /** JWT_ISSUER: the OpenID Connect provider the console signs in with, when `oidc` is set. */
  issuer: string;
  graphqlPath: string;
  streamPath: string;
  webSocketPath: string;
}

/**
 * Serves the console at /console: the built app from `dir` (the page for every path under /console, so deep links
 * and reloads work), its hashed assets, and GET /console/config.json, which tells the page how to sign in here.
 * Framing is refused except for the embeddable card under /console/embed/, which `embedOrigins` may frame.
 */
/** A build's asset name (`app-5X2K.js`, `chunk-Q.css`): no directories, so a request cannot leave the folder. */
const SAFE_ASSET = /^\w[\w.-]{0,199}$/;

export function consoleRouter(options: ConsoleRouterOptions): Router {
  const dir = resolve(options.dir);
  const index = join(dir, 'index.html');
  const clientConfig: ConsoleClientConfig = {
    auth: authConfig(options),
    graphqlPath: options.graphqlPath,
    streamPath: options.streamPath,
    webSocketPath: options.webSocketPath,
  };
  const connectSources = ["'self'"];
  if (clientConfig.auth.mode === 'oidc') connectSources.push(originOf(clientConfig.auth.authority));
  const policy = (frameAncestors: string) =>
    [
      "default-src 'self'",
      `connect-src ${connectSources.join(' ')}`,
      "img-src 'self' data:",
      // charts set inline style attributes; no inline script is allowed
      "style-src 'self' 'unsafe-inline'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      `frame-ancestors ${frameAncestors}`,
    ].join('; ');
  const pagePolicy = policy("'none'");
  const embedPolicy = policy(["'self'", ...options.embedOrigins].join(' '));

  const router = Router();
  router.get(`${CONSOLE_PATH}/config.json`, (_req, res) => {
    res.set('Cache-Control', 'no-store').json(clientConfig);
  });
  router.use(`${CONSOLE_PATH}/assets`, (req, res, next) => {
    // the build's precompressed copy (`<file>.gz`) for browsers that take gzip; any other file as it is
    const name = req.path.slice(1);
    if (!SAFE_ASSET.test(name) || !req.acceptsEncodings('gzip')) return next();
    const file = join(dir, 'assets', name);
    if (!existsSync(`${file}.gz`)) return next();
    res.set({
      'Content-Encoding': 'gzip',
      'Cache-Control': 'public, max-age=31536000, immutable',
      Vary: 'Accept-Encoding',
    });
    res.type(extname(name)).sendFile(`${file}.gz`);
  });
  router.use(
    `${CONSOLE_PATH}/assets`,
    express.static(join(dir, 'assets'), { index: false, fallthrough: false, immutable: true, maxAge: '365d' }),
  );
  // the web component tools load by a stable name (it frames /console/embed/customer/:id)
  router.get(`${CONSOLE_PATH}/customer-card.js`, (req, res, next) => {
    const file = join(dir, 'customer-card.js');
    if (!existsSync(file)) return next();
    res.set({ 'Cache-Control': 'public, max-age=300', Vary: 'Accept-Encoding' }).type('text/javascript');
    if (req.acceptsEncodings('gzip') && existsSync(`${file}.gz`)) {
      res.set('Content-Encoding', 'gzip').sendFile(`${file}.gz`);
      return;
    }
    res.sendFile(file);
  });
  router.get(CONSOLE_PATH, (req, res) => sendPage(req.path, res));
  router.get(`${CONSOLE_PATH}/{*rest}`, (req, res) => sendPage(req.path, res));

  function sendPage(path: string, res: Response): void {
    const embed = path.startsWith(`${CONSOLE_PATH}/embed/`);
    res.set({
      'Content-Security-Policy': embed ? embedPolicy : pagePolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      'Cache-Control': 'no-cache',
    });
    if (!embed) res.set('X-Frame-Options', 'DENY');
    if (!existsSync(index)) {
      res
        .status(503)
        .type('html')
        .send(
          `<!doctype html><meta charset="utf-8"><title>Console not built</title><h1>The console is not built</h1>` +
            `<p>This gateway serves the console from <code>CONSOLE_DIR</code>, which holds no index.html. ` +
            `Run <code>npm run console:build</code> (<code>npm start</code> does it before starting), or point CONSOLE_DIR at a build.</p>`,
        );
      return;
    }
    res.type('html').sendFile(index);
  }
  return router;
}

function authConfig(options: ConsoleRouterOptions): ConsoleAuthConfig {
  if (options.authOff) return { mode: 'off' };
  if (options.oidc) {
    return { mode: 'oidc', authority: options.issuer, clientId: options.oidc.clientId, scope: options.oidc.scope };
  }
  if (options.devTokenUrl) {
    return {
      mode: 'dev',
      devTokenUrl: options.devTokenUrl,
      roles: PLAYGROUND_ROLES.map((role) => ({ role, ...PLAYGROUND_ROLE_LABELS[role] })),
    };
  }
  return {
    mode: 'unconfigured',
    fix: 'Register the console with your OpenID Connect provider (JWT_ISSUER) and set CONSOLE_OIDC_CLIENT_ID to its client id.',
  };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
