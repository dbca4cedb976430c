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
import { announcer, NO_FEED, NO_INVALIDATION, requestInvalidation } from '../../platform/changeEvents';
import type { ChangeFeed, InvalidatingContext, InvalidationPublisher } from '../../platform/changeEvents';
import { createLogger, observedLocals, requestLogging } from '../../platform/observability';
import type { RunningJobs, SubgraphModule } from './SubgraphModule';
import type { Env } from '../../platform/settings';
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
    /** Where mutations (and scheduled jobs) append their changes for live subscriptions; nowhere by default. */
    changeFeed?: ChangeFeed;
    /** The variables of the module's scheduled jobs (SLA_SCAN_INTERVAL_MS…); unset ones take their defaults. */
    jobVariables?: Env;
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
          invalidation: requestInvalidation(options.invalidation ?? NO_INVALIDATION, module.name, options.changeFeed),
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
  let jobs: RunningJobs | undefined;
  try {
    // the jobs announce as the mutations do: invalidation first, then the change feed
    const changes = announcer(module.name, options.invalidation ?? NO_INVALIDATION, options.changeFeed ?? NO_FEED);
    jobs = module.startJobs?.({
      db,
      announce: (change) => changes.announce(change),
      log: options.log ?? createLogger({ level: 'silent' }),
      variables: options.jobVariables ?? {},
    });
  } catch (error) {
    await http.close(1_000);
    await server.stop();
    throw error;
  }
  return {
    name: module.name,
    url: `${http.origin}/graphql`,
    async stop() {
      // first: a tick in progress finishes while the database is still open
      await jobs?.stop();
      await http.close(1_000);
      await server.stop();
    },
  };
}
