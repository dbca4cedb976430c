import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { listen } from '../../platform/http/listen';
import { callerFromHeaders } from '../../platform/caller';
import type { RequestCaller } from '../../platform/caller';
import { createSubgraphServer } from './createSubgraphServer';
import type { SubgraphServerOptions } from './createSubgraphServer';
import { jsonBody, jsonErrorHandler } from './http/jsonBody';
import { signatureCheck } from './http/signatureCheck';
import type { SubgraphSecurity } from './http/signatureCheck';
import type { Db } from './db';
import { NO_INVALIDATION, requestInvalidation } from '../../platform/changeEvents';
import type { InvalidatingContext, InvalidationPublisher } from '../../platform/changeEvents';
import { createLogger, observedLocals, requestLogging } from '../../platform/observability';
import type { SubgraphModule } from './SubgraphModule';
import type { Logger } from 'pino';

export type { SubgraphSecurity } from './http/signatureCheck';

export interface RunningSubgraph {
  name: string;
  /** The subgraph's GraphQL endpoint, e.g. http://127.0.0.1:40123/graphql. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves a subgraph over HTTP on `port` (0 picks a free one) at /graphql, behind the signature check. Each request
 * gets a fresh context, and so fresh DataLoaders, with the caller the gateway vouched for.
 */
export async function listenSubgraph<Context extends object>(
  module: SubgraphModule<Context>,
  db: Db,
  options: SubgraphServerOptions & {
    port: number;
    host?: string;
    security: SubgraphSecurity;
    /** Access lines and internal errors, with the request id the gateway sent; silent by default. */
    log?: Logger;
    /** Where mutations announce the entities they changed, for the gateways' entity caches; nowhere by default. */
    invalidation?: InvalidationPublisher;
  },
): Promise<RunningSubgraph> {
  const server = createSubgraphServer(module, db, options);
  await server.start();
  const app = express();
  app.disable('x-powered-by');
  // first: every answer, a 401 included, carries the request id the gateway sent, and so does every log line
  app.use(requestLogging(options.log ?? createLogger({ level: 'silent' })));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', subgraph: module.name });
  });
  app.use(
    '/graphql',
    ...jsonBody(module.name),
    signatureCheck(module.name, options.security),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const extra: RequestCaller & InvalidatingContext = {
          caller: callerFromHeaders(req.headers),
          requestId: observedLocals(res).requestId,
          invalidation: requestInvalidation(options.invalidation ?? NO_INVALIDATION, module.name),
        };
        return Object.assign(module.createContext(db), extra);
      },
    }),
  );
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: `Not found. The ${module.name} subgraph answers POST /graphql.` }] });
  });
  // last: a body express cannot read is a small JSON error in every NODE_ENV, never its HTML page with a stack
  app.use(jsonErrorHandler(module.name, (error) => options.onInternalError?.(error, module.name)));
  const http = await listen(app, { port: options.port, host: options.host ?? '127.0.0.1' });
  // Outlive the gateway's pooled connections: Node's 5 s default closes idle sockets the gateway may be about to
  // reuse, and a request written into a socket the server is closing fails with ECONNRESET.
  http.server.keepAliveTimeout = 65_000;
  http.server.headersTimeout = 66_000;
  return {
    name: module.name,
    url: `${http.origin}/graphql`,
    async stop() {
      await http.close(1_000);
      await server.stop();
    },
  };
}
