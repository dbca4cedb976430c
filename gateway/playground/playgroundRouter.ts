import { Router } from 'express';
import type { Request } from 'express';
import { ASSETS_PATH, checkPlaygroundAssets, PLAYGROUND_ASSETS } from './assets';
import { renderPlaygroundPage } from './renderPlaygroundPage';
import type { PlaygroundPageOptions } from './renderPlaygroundPage';

/**
 * Whether a GET on the GraphQL endpoint comes from a browser tab rather than a GraphQL client. Browsers rank
 * text/html first; clients ask for JSON or send `*\/*`, which picks the first type listed (JSON) here.
 */
export function wantsHtml(req: Request): boolean {
  return req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
}

/** Serves the playground page on GET `endpoint` for browsers, and its assets under /playground/assets/. */
export function playgroundRouter(options: PlaygroundPageOptions): Router {
  checkPlaygroundAssets();
  // operations are read once at start-up, so the page is rendered once too
  const page = renderPlaygroundPage(options);
  const router = Router();
  router.get(options.endpoint, (req, res, next) => {
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
  return router;
}
