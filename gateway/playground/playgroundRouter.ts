import { Router } from 'express';
import type { Request } from 'express';
import { ASSETS_PATH, checkPlaygroundAssets, PLAYGROUND_ASSETS } from './assets';
import { DEV_TOKEN_PATH, devTokenHandler } from './devTokenHandler';
import type { DevTokenSource } from './playgroundRoles';
import { renderPlaygroundPage } from './renderPlaygroundPage';
import type { PlaygroundPageOptions } from './renderPlaygroundPage';

export interface PlaygroundOptions extends Omit<PlaygroundPageOptions, 'devTokenUrl'> {
  /**
   * Mints a token per role: the page then offers a role switcher (agent / supervisor / analyst) and signs its
   * requests with the picked role's token, fetched from GET /playground/dev-token. Give it only outside
   * production; without it the route does not exist and the page asks for a token in its Headers tab.
   */
  devTokens?: DevTokenSource | undefined;
}

/**
 * Whether a GET on the GraphQL endpoint comes from a browser tab rather than a GraphQL client. Browsers rank
 * text/html first; clients ask for JSON or send `*\/*`, which picks the first type listed (JSON) here.
 */
export function wantsHtml(req: Request): boolean {
  return req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
}

/**
 * Serves the playground page on GET `endpoint` for browsers, its assets under /playground/assets/, and, with
 * `devTokens`, the dev tokens its role switcher uses.
 */
export function playgroundRouter({ devTokens, ...pageOptions }: PlaygroundOptions): Router {
  checkPlaygroundAssets();
  // operations are read once at start-up, so the page is rendered once too
  const page = renderPlaygroundPage({ ...pageOptions, devTokenUrl: devTokens ? DEV_TOKEN_PATH : undefined });
  const router = Router();
  router.get(pageOptions.endpoint, (req, res, next) => {
    // the same URL answers HTML or JSON by Accept: caches must key on it
    res.vary('Accept');
    if (!wantsHtml(req)) return next();
    res.type('html').set('Cache-Control', 'no-cache').send(page);
  });
  router.get(`${ASSETS_PATH}/:asset`, (req, res, next) => {
    const asset = PLAYGROUND_ASSETS[req.params['asset'] ?? ''];
    if (!asset) return next();
    res.type(asset.contentType).set('Cache-Control', 'public, max-age=3600');
    res.sendFile(asset.file);
  });
  if (devTokens) router.get(DEV_TOKEN_PATH, devTokenHandler(devTokens));
  return router;
}
