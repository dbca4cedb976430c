import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { RequestHandler } from 'express';
import { listen } from '../../gateway/listen';
import { callerFromHeaders, verifyRequest } from './caller';
import type { RequestCaller } from './caller';
import { createSubgraphServer } from './createSubgraphServer';
import type { SubgraphServerOptions } from './createSubgraphServer';
import type { Db } from './db';
import { NO_INVALIDATION, requestInvalidation } from './invalidation';
import type { InvalidatingContext, InvalidationPublisher } from './invalidation';
import { createLogger, observedLocals, requestLogging } from './observability';
import type { SubgraphModule } from './SubgraphModule';
import type { Logger } from 'pino';

export interface RunningSubgraph {
  name: string;
  /** The subgraph's GraphQL endpoint, e.g. http://127.0.0.1:40123/graphql. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Whom a subgraph believes. `signed`: only requests the gateway signed with `signingSecret` (HMAC over a
 * timestamp, the caller headers and the body); anything unsigned, altered or older than `maxAgeMs` gets 401.
 * `unsecured`: any request, and caller headers as they come — for local experiments and the benchmark only.
 */
export type SubgraphSecurity = { mode: 'signed'; signingSecret: string; maxAgeMs?: number } | { mode: 'unsecured' };

/** Subgraph bodies are query plans' fetches: entity lists can be long, but never near this. */
const MAX_BODY = '5mb';

interface RawBodyRequest {
  rawBody?: Buffer;
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
    express.json({
      limit: MAX_BODY,
      // the signature covers the bytes as sent, not a re-serialisation of the parsed body
      verify: (req, _res, buffer) => {
        (req as RawBodyRequest).rawBody = buffer;
      },
    }),
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

function signatureCheck(name: string, security: SubgraphSecurity): RequestHandler {
  return (req, res, next) => {
    if (security.mode === 'unsecured') return next();
    const refuse = (message: string) =>
      res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED', service: name } }] });
    // a GET carries its query in the URL, outside what the signature covers
    if (req.method !== 'POST')
      return refuse(`The ${name} subgraph accepts only signed POST requests from the gateway.`);
    const body = (req as RawBodyRequest).rawBody?.toString('utf8') ?? '';
    const check = verifyRequest(security.signingSecret, req.headers, body, { maxAgeMs: security.maxAgeMs });
    if (check.ok) return next();
    const why = {
      unsigned: 'is not signed',
      stale: 'is signed too long ago (or the clocks disagree)',
      tampered: 'does not match its signature',
    }[check.reason];
    refuse(
      `The ${name} subgraph accepts only requests signed by the gateway, and this one ${why}. Send it through the gateway, or check that the gateway and the subgraph share SUBGRAPH_SIGNING_SECRET.`,
    );
  };
}
