import { ApolloGateway } from '@apollo/gateway';
import type { GatewayConfig as ApolloGatewayConfig } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { randomUUID } from 'node:crypto';
import express from 'express';
import type { ErrorRequestHandler, Express } from 'express';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import {
  authenticate,
  authorizationPlugin,
  createTokenVerification,
  DEV_AUTH,
  requireScope,
  scopeRequirements,
} from './auth';
import type { AuthOptions } from './auth';
import type { GatewayContext } from './context';
import { createEntityCache } from './dataSources/cache';
import type { EntityCacheConfig } from './dataSources/cache';
import { responseCacheMetrics, responseCaching } from './responseCache';
import type { ChangeFeed, LocalInvalidationBus } from '../platform/changeEvents';
import { invalidTextPlugin } from '../platform/inputText';
import { localsOf } from './context';
import { memoizeExecutionOperations } from './executionOperations';
import { formatGatewayError } from './formatGatewayError';
import { graphqlHandler } from './graphqlHandler';
import { operationResolutionPlugin } from './operationResolutionPlugin';
import {
  apolloLimitOptions,
  DEFAULT_REQUEST_LIMITS,
  requestBodyErrorHandler,
  requestBodyMiddleware,
  withLimitCode,
} from './limits';
import type { RequestLimits } from './limits';
import type { DevTokenSource } from './playground/playgroundRoles';
import { playgroundRouter } from './playground/playgroundRouter';
import { DEV_TOKEN_PATH } from './playground/devTokenHandler';
import { consoleRouter } from './console';
import type { ConsoleOptions } from './console';
import type { SavedOperation } from './playground/savedOperations';
import { DEFAULT_RESILIENCE } from './dataSources/resilienceOptions';
import type { ResilienceOptions } from './dataSources/resilienceOptions';
import { SubgraphDataSource } from './dataSources';
import type { SubgraphFailure, SubgraphHealth } from './dataSources';
import {
  createGatewayMetrics,
  createLogger,
  metricsHandler,
  metricsPlugin,
  requestIdMiddleware,
  requestMetrics,
} from './observability';
import type { GatewayMetrics } from './observability';
import { supergraphHash } from './supergraph';
import type { LoadedSupergraph } from './supergraph';
import { TRUSTED_DOCUMENTS_OFF, trustedDocumentsMiddleware } from './trustedDocuments';
import {
  createLiveService,
  createSubscriptionExecutor,
  DEFAULT_LIVE_SETTINGS,
  isLiveSubgraphUrl,
} from './subscriptions';
import {
  createWebSocketTransport,
  LIVE_STREAM_PATH,
  LIVE_WS_PATH,
  liveStreamHandler,
} from './subscriptions/transports';
import type { LiveFieldBinding, LiveService, LiveSettings, SubscriptionExecutor } from './subscriptions';
import type { GraphQLDataSource } from '@apollo/gateway';
import type { TrustedDocumentsOptions } from './trustedDocuments';

export const GRAPHQL_PATH = '/graphql';

export type GatewayLogger = NonNullable<ApolloGatewayConfig['logger']>;

export interface CreateGatewayOptions {
  supergraph: LoadedSupergraph;
  /** Subgraph name → URL to use instead of the one composed into the supergraph. */
  subgraphUrls?: Readonly<Record<string, string>>;
  /** Tabs the playground opens with; none by default. */
  operations?: readonly SavedOperation[];
  /** Product name shown on the playground. */
  title?: string;
  /** Receives every error whose details were hidden from the client, to be logged in full. */
  onInternalError?: (error: unknown) => void;
  /** Where the gateway logs (schema loads, subgraph trouble); Apollo's console logger by default. */
  logger?: GatewayLogger;
  /** Subgraph timeouts, retries and circuit breakers; DEFAULT_RESILIENCE for whatever is left out. */
  resilience?: Partial<ResilienceOptions>;
  /** Receives every failed subgraph call in full, for the logs; the client sees only its code and service. */
  onSubgraphFailure?: (service: string, failure: SubgraphFailure) => void;
  /** Depth, aliases, cost, body size, batching, introspection…; DEFAULT_REQUEST_LIMITS for whatever is left out. */
  limits?: Partial<RequestLimits>;
  /** How bearer tokens are verified; the development secret (DEV_AUTH) by default. */
  auth?: AuthOptions;
  /** Signs every subgraph request (HMAC) with this secret, which the subgraphs check; unsigned when undefined. */
  signingSecret?: string | undefined;
  /**
   * `devTokens` adds the playground's role switcher (agent / supervisor / analyst) and GET /playground/dev-token.
   * Only outside production, with the dev secret: anyone who can open the page can then act as any of them.
   */
  playground?: { devTokens?: DevTokenSource | undefined };
  /**
   * The console (console/, built by `npm run console:build`) at /console: where its build is, and how it signs in
   * (the playground's dev tokens outside production, else the OpenID Connect provider in `oidc`). None: no /console.
   */
  console?: ConsoleOptions | undefined;
  /**
   * Operations clients may name by `documentId` (the persisted-documents manifest), and whether some roles may run
   * only those (gateway/trustedDocuments). Off by default: this factory serves any supergraph, not only ours.
   */
  trustedDocuments?: TrustedDocumentsOptions;
  /** Request logs: one access line per request, with its id (gateway/observability). Silent by default. */
  log?: Logger;
  /**
   * The entity cache (gateway/dataSources/cache): off by default here, since this factory serves any supergraph;
   * `bus` is the in-process channel on which subgraphs of the same process announce their changes.
   */
  entityCache?: { config: EntityCacheConfig; bus?: LocalInvalidationBus | undefined };
  /** Where subgraphs announce their changes (platform/changeEvents): live subscriptions read it. None: no `live`. */
  changeFeed?: ChangeFeed | undefined;
  /**
   * The Subscription fields served live from `changeFeed`, one binding each (gateway/liveFields for ours), and the
   * LIVE_* settings; DEFAULT_LIVE_SETTINGS for whatever is left out.
   */
  live?: { fields: readonly LiveFieldBinding[]; settings?: Partial<LiveSettings> | undefined } | undefined;
  /**
   * Metrics to count in instead of a registry of this gateway's own: the gateways a reloading one builds in turn
   * (gateway/reload) share one, so no counter starts again at 0 when the supergraph changes. Their owner's
   * circuitStates reads the serving gateway's readiness().
   */
  metrics?: GatewayMetrics | undefined;
}

/** Which supergraph a gateway serves: its hash (supergraphHash) and when this gateway was built from it. */
export interface SupergraphIdentity {
  hash: string;
  /** ISO 8601. */
  loadedAt: string;
}

/** What GET /ready answers. */
export interface Readiness {
  ready: boolean;
  supergraph: SupergraphIdentity;
  subgraphs: Record<string, SubgraphHealth>;
}

export interface Gateway {
  /** The express app; mount it on an HTTP server (see listen.ts). Nothing listens yet. */
  app: Express;
  server: ApolloServer<GatewayContext>;
  gateway: ApolloGateway;
  /** Each subgraph's circuit breaker state and last error, as GET /ready reports them. */
  readiness(): Readiness;
  /** This gateway's Prometheus metrics, as GET /metrics serves them. */
  metrics: Registry;
  /** Checks and plans subscribe requests and resolves their emissions through the graph (what `live` runs). */
  subscriptions: SubscriptionExecutor;
  /** Live subscriptions, for the transports; undefined without a change feed. */
  live: LiveService | undefined;
  /**
   * Serves live subscriptions over WebSocket (/graphql/ws) on `server`, the HTTP server the app is mounted on: call it
   * once wherever the app is listened on. Does nothing without `live`.
   */
  attach(server: Server): void;
  /** One upgrade request of the server, for a caller that hands each to the gateway serving (gateway/reload). */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /**
   * Ends every live stream, SSE and WebSocket, each with its closing message (GATEWAY_STOPPING, with the id to resume
   * from). Call it before closing the HTTP server: its drain would otherwise wait for streams that do not end by
   * themselves (and for WebSockets, which its drain deadline does not cut). stop() calls it too.
   */
  closeStreams(): Promise<void>;
  /** Stops the Apollo server and the gateway. The HTTP server, if any, is closed by whoever opened it. */
  stop(): Promise<void>;
}

/**
 * Builds the gateway for any Federation 2 supergraph, without listening: Apollo Gateway plans each operation from
 * the supergraph SDL (no introspection of the subgraphs at start-up, so they may start later), Apollo Server runs
 * it, and express serves the API, the playground and a health check.
 */
export async function createGateway(options: CreateGatewayOptions): Promise<Gateway> {
  // process-wide and idempotent: executing a query plan converts each parsed document once (executionOperations.ts)
  memoizeExecutionOperations();
  const subgraphUrls = options.subgraphUrls ?? {};
  // The subgraphs the gateway calls over HTTP; a live one (routing URL gateway:live) it serves itself.
  const remote = options.supergraph.subgraphs.filter(({ url }) => !isLiveSubgraphUrl(url));
  const known = new Set(remote.map(({ name }) => name));
  const unknown = Object.keys(subgraphUrls).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `URL overrides for ${unknown.join(', ')}, which ${options.supergraph.path} does not have. Known subgraphs: ${[...known].join(', ')}.`,
    );
  }

  const urlOf = (name: string, composed: string) => subgraphUrls[name] ?? composed;
  const subgraphNamedIn = (message: string) => remote.find(({ name, url }) => message.includes(urlOf(name, url)))?.name;

  const resilience: ResilienceOptions = { ...DEFAULT_RESILIENCE, ...options.resilience };
  const report = options.onInternalError ?? (() => undefined);
  const dataSources = new Map<string, SubgraphDataSource>();
  /** Every data source the gateway built, the live subgraph's included: subscriptions run their plans on them. */
  const services = new Map<string, GraphQLDataSource>();
  const metrics =
    options.metrics ??
    createGatewayMetrics({
      circuitStates: () =>
        Object.fromEntries(remote.map(({ name }) => [name, dataSources.get(name)?.health().state ?? 'closed'])),
    });
  const identity: SupergraphIdentity = {
    hash: supergraphHash(options.supergraph.sdl),
    loadedAt: new Date().toISOString(),
  };
  const cacheWarning = throttledWarning(options.log);
  const entityCache = options.entityCache
    ? await createEntityCache({
        ...options.entityCache,
        supergraphSdl: options.supergraph.sdl,
        observer: {
          lookup: metrics.recordCacheLookup,
          invalidated: metrics.recordCacheInvalidation,
          storeError: (error) => {
            metrics.recordCacheError();
            cacheWarning(error);
          },
        },
        responseObserver: responseCacheMetrics(metrics.registry),
      })
    : undefined;
  // whole query responses on top of the entity cache; every remote subgraph's fetches go through it
  const responses = entityCache?.responses && responseCaching(entityCache.responses, known);
  const limits: RequestLimits = { ...DEFAULT_REQUEST_LIMITS, ...options.limits };
  const auth = options.auth ?? DEV_AUTH;
  const requirements = scopeRequirements(options.supergraph.sdl);
  const formatError = (formatted: GraphQLFormattedError, error: unknown) =>
    formatGatewayError(withLimitCode(formatted, error), error, { report, subgraphNamedIn });
  // Subscriptions are checked with the same limits, requirements and error format as queries, and run their plans
  // on the same data sources (gateway/subscriptions).
  const subscriptions = createSubscriptionExecutor({
    supergraphSdl: options.supergraph.sdl,
    services,
    limits,
    scopeRequirements: requirements,
    auth,
    formatError,
    logger: options.logger,
  });
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraph.sdl,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(responses ? { experimental_didResolveQueryPlan: responses.didResolveQueryPlan } : {}),
    buildService: ({ name, url }) => {
      if (isLiveSubgraphUrl(url)) {
        const live = subscriptions.liveDataSource(name);
        services.set(name, live);
        return live;
      }
      const source = new SubgraphDataSource({
        name,
        url: urlOf(name, url ?? ''),
        resilience,
        signingSecret: options.signingSecret,
        onFailure: options.onSubgraphFailure ?? ((_service, failure) => report(failure)),
        onFetch: metrics.recordFetch,
        onDeduplicated: metrics.recordDeduplicatedFetch,
        entityCache,
      });
      dataSources.set(name, source);
      services.set(name, source);
      return source;
    },
  });
  const { plugins: limitPlugins = [], ...limitOptions } = apolloLimitOptions(limits);
  // one verifier (and its cache of verified tokens) for every route and the WebSocket transport
  const verifyToken = createTokenVerification(auth);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    // depth, aliases, directives, root fields and cost rules, token limit, introspection, suggestions, batching
    // (gateway/limits)
    ...limitOptions,
    // On by default in Apollo Server 5, stated here because the gateway relies on it: a POST must be JSON or carry
    // a header a browser cannot add without a preflight, so a cross-site form cannot run operations.
    csrfPrevention: true,
    // Automatic persisted queries (on by default) keep query texts in this cache, filled by any client: 'bounded' is
    // Apollo's default, an in-memory LRU of ~30 MiB, stated because an unbounded one would let clients grow the
    // heap at will. Several gateway replicas would share a Redis one (@apollo/utils.keyvadapter, not installed).
    cache: 'bounded',
    // Stack traces and internal URLs stay in the logs; see formatGatewayError.
    includeStacktraceInErrorResponses: false,
    formatError,
    // Our own playground answers browsers on GET /graphql instead of Apollo's (CDN-hosted) landing page.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // first: a document with nothing to run is the client's mistake (400), whatever the other plugins think of it
      operationResolutionPlugin(),
      ...limitPlugins,
      authorizationPlugin(requirements, auth),
      // NUL or unpaired surrogates in variables or literals: 400 BAD_USER_INPUT before anything is planned
      invalidTextPlugin({ maxStringLength: limits.maxStringLength }),
      metricsPlugin(metrics),
      ...(responses ? [responses.plugin] : []),
    ],
    // whoever listens decides what a signal stops, and in which order (see shutdown.ts)
    stopOnTerminationSignals: false,
  });
  let live: LiveService | undefined;
  try {
    await server.start();
    live =
      options.changeFeed && options.live
        ? createLiveService({
            feed: options.changeFeed,
            fields: options.live.fields,
            settings: options.live.settings,
            executor: subscriptions,
            observer: metrics.live,
            report,
          })
        : undefined;
  } catch (error) {
    // a gateway that fails to start must not leave its connections open: a refused reload (gateway/reload) keeps
    // the process running
    await server.stop().catch(() => undefined);
    for (const source of dataSources.values()) source.close();
    await entityCache?.close();
    throw error;
  }
  const heartbeatMs = options.live?.settings?.heartbeatMs ?? DEFAULT_LIVE_SETTINGS.heartbeatMs;
  const webSockets =
    live &&
    createWebSocketTransport({
      live,
      auth,
      verify: verifyToken,
      heartbeatMs,
      maxPayloadBytes: limits.maxBodyBytes,
      trustedDocuments: options.trustedDocuments,
    });
  let streamsClosed: Promise<void> | undefined;
  const closeStreams = () =>
    (streamsClosed ??= (async () => {
      // SSE streams end with their closing message; WebSockets close once theirs went out
      await live?.close();
      await webSockets?.close();
    })());
  let stopping = false;
  const readiness = (): Readiness => ({
    ready: !stopping,
    supergraph: identity,
    subgraphs: Object.fromEntries(
      remote.map(({ name }) => [name, dataSources.get(name)?.health() ?? { state: 'closed' as const }]),
    ),
  });

  const app = express();
  app.disable('x-powered-by');
  // first: every answer, a 401 or a 404 too, carries the request id
  app.use(requestIdMiddleware(options.log ?? createLogger({ level: 'silent' })));
  app.get('/', (_req, res) => res.redirect(GRAPHQL_PATH));
  // browsers ask for it on every page; an empty answer keeps a 404 out of their consoles
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Ready = the supergraph is loaded and the server started (both done before the app exists). An open breaker
  // does not make the gateway unready: it still serves everything the other subgraphs own. The supergraph's hash
  // says which schema answers, e.g. after a reload.
  app.get('/ready', (_req, res) => {
    const state = readiness();
    res
      .status(state.ready ? 200 : 503)
      .json({ status: state.ready ? 'ready' : 'stopping', supergraph: state.supergraph, subgraphs: state.subgraphs });
  });
  // Metrics name operations and subgraphs: for supervisors and monitoring services only (scope metrics:read).
  app.get(
    '/metrics',
    authenticate(auth, verifyToken),
    requireScope(auth, 'metrics:read'),
    metricsHandler(metrics.registry),
  );
  app.use(
    playgroundRouter({
      title: options.title ?? 'GraphQL gateway',
      endpoint: GRAPHQL_PATH,
      operations: options.operations ?? [],
      devTokens: options.playground?.devTokens,
    }),
  );
  if (options.console) {
    app.use(
      consoleRouter({
        ...options.console,
        devTokenUrl: options.playground?.devTokens ? DEV_TOKEN_PATH : undefined,
        authOff: auth.mode === 'off',
        issuer: auth.issuer,
        graphqlPath: GRAPHQL_PATH,
        streamPath: LIVE_STREAM_PATH,
        webSocketPath: LIVE_WS_PATH,
      }),
    );
  }
  // before /graphql, which would take it as a sub-path
  app.use(
    LIVE_STREAM_PATH,
    ...(live
      ? [
          // the same checks as /graphql, in the same order: the token at connect, body limits, trusted documents
          requestMetrics(metrics, { until: 'headers' }),
          authenticate(auth, verifyToken),
          ...requestBodyMiddleware(limits),
          trustedDocumentsMiddleware(options.trustedDocuments ?? TRUSTED_DOCUMENTS_OFF),
          liveStreamHandler({ live, heartbeatMs }),
          requestBodyErrorHandler(limits),
        ]
      : [
          (_req: express.Request, res: express.Response) => {
            res.status(404).json({
              errors: [
                {
                  message:
                    'This gateway serves no live subscriptions: it was started without a change feed. Use one started with the subgraphs (npm start) or with REDIS_URL.',
                },
              ],
            });
          },
        ]),
  );
  app.use(
    GRAPHQL_PATH,
    // before the token check, so that refused requests are counted too
    requestMetrics(metrics),
    // who is calling, before reading a byte of the body: anonymous requests cost a header check
    authenticate(auth, verifyToken),
    ...requestBodyMiddleware(limits),
    // after both: it reads the caller's role and fills `query` in the parsed body from the manifest
    trustedDocumentsMiddleware(options.trustedDocuments ?? TRUSTED_DOCUMENTS_OFF),
    graphqlHandler(server, {
      context: async ({ res }) => {
        const locals = localsOf(res);
        return { caller: locals.caller, requestId: locals.requestId ?? randomUUID() };
      },
    }),
    requestBodyErrorHandler(limits),
  );
  app.use((_req, res) => {
    res.status(404).json({
      errors: [
        { message: `Not found. The GraphQL endpoint is ${GRAPHQL_PATH}; open it in a browser for the playground.` },
      ],
    });
  });
  app.use(jsonErrorHandler(report));

  return {
    app,
    server,
    gateway,
    readiness,
    metrics: metrics.registry,
    subscriptions,
    live,
    attach(server) {
      webSockets?.attach(server);
    },
    upgrade(request, socket, head) {
      // as Node does with an upgrade nobody listens for
      if (webSockets) webSockets.upgrade(request, socket, head);
      else socket.destroy();
    },
    closeStreams,
    async stop() {
      stopping = true;
      // first: each stream says the gateway is stopping, with the id to resume from
      await closeStreams();
      await server.stop();
      for (const source of dataSources.values()) source.close();
      await entityCache?.close();
    },
  };
}

/**
 * Redis down means a failed command per request: one warning per 10 s says so without flooding the log. The
 * requests themselves go on without the cache.
 */
function throttledWarning(log: Logger | undefined): (error: Error) => void {
  let lastAt = 0;
  return (error) => {
    const now = Date.now();
    if (now - lastAt < 10_000) return;
    lastAt = now;
    log?.warn({ err: error.message }, 'entity cache unavailable (Redis); serving without it');
  };
}

/** Express would answer a malformed body with an HTML page that includes the stack trace outside production. */
function jsonErrorHandler(report: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json({
        errors: [
          {
            message: `Bad request: ${(error as Error).message}. Send a JSON body such as {"query": "{ __typename }"}.`,
          },
        ],
      });
      return;
    }
    report(error);
    res.status(500).json({ errors: [{ message: 'Internal error in the gateway. It has been logged; try again.' }] });
  };
}
