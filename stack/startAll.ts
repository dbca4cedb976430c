import { randomBytes } from 'node:crypto';
import type { RequestListener, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { backfillPiiDigests, piiDigestsMissing } from './seed/backfillPiiDigests';
import { backfillReferences, referencesMissing } from './seed/backfillReferences';
import type { BackfilledReferences } from './seed/backfillReferences';
import { isSeeded, seedDatabases } from './seed/load';
import { SUBGRAPH_NAMES, SUBGRAPHS } from '../subgraphs/shared/catalog';
import type { SubgraphName } from '../subgraphs/shared/catalog';
import { SUBGRAPH_MODULES } from './subgraphModules';
import { listenSubgraph, openSubgraphDatabases } from '../subgraphs/shared';
import type { Db, RunningSubgraph } from '../subgraphs/shared';
import { GRAPHQL_PATH } from '../gateway/createGateway';
import { createReloadingGateway } from '../gateway/reload';
import type { ReloadEvent, SupergraphReloadSettings } from '../gateway/reload';
import { DEFAULT_CONSOLE_DIR } from '../gateway/console';
import type { GatewayLogger } from '../gateway/createGateway';
import type { GatewaySettingsInput } from '../gateway/config';
import { LIVE_FIELDS } from '../gateway/liveFields';
import type { Env } from '../platform/settings';
import { listen } from '../platform/http/listen';
import { loadSavedOperations } from '../gateway/playground/savedOperations';
import { DEV_AUTH, devTokenSource } from '../gateway/auth';
import type { Logger } from 'pino';
import type { DevTokenSource } from '../gateway/playground/playgroundRoles';
import type { SavedOperation } from '../gateway/playground/savedOperations';
import { DEFAULT_DRAIN_MS } from '../gateway/dataSources/resilienceOptions';
import type { SubgraphFailure } from '../gateway/dataSources/subgraphFailure';
import { loadSupergraph } from '../gateway/supergraph';
import { DEFAULT_MANIFEST_PATH, DEFAULT_TRUSTED_DOCUMENTS_ROLES, loadManifest } from '../gateway/trustedDocuments';
import type { TrustedDocumentsOptions } from '../gateway/trustedDocuments';
import { subgraphInvalidation } from '../gateway/dataSources/cache/subgraphInvalidation';
import { DEFAULT_CACHE_PREFIX, openChangeFeed } from '../platform/changeEvents';
import type { ChangeFeed } from '../platform/changeEvents';

type SeedOptions = Parameters<typeof seedDatabases>[1];
export type SeedProgress = Parameters<NonNullable<Parameters<typeof seedDatabases>[2]>>[0];

/** What startAll is doing, for a progress display. */
export type StartProgress =
  | { step: 'postgres'; elapsedMs: number; created: boolean }
  | { step: 'postgres-ready'; elapsedMs: number; created: boolean }
  | { step: 'migrated'; subgraph: SubgraphName; applied: string[] }
  | { step: 'seeding'; progress: SeedProgress }
  | { step: 'seeded'; elapsedMs: number }
  | { step: 'already-seeded' }
  | { step: 'references-backfilled'; copied: BackfilledReferences }
  | { step: 'pii-digests-backfilled'; written: number }
  | { step: 'subgraph'; subgraph: SubgraphName; url: string }
  | { step: 'gateway'; url: string };

/**
 * The gateway's settings (GatewaySettings, the type gateway/config.ts reads them into) and the wiring of the
 * stack. Settings left out take createGateway's defaults, except: `signingSecret` is a random one per start
 * (nothing outside this process can then talk to the subgraphs), `trustedDocuments` is the repository's manifest,
 * allowed, `auth` the dev secret (so `npm run token` and the playground work), `entityCache` off, and `drainMs`
 * (how long stop() lets requests in flight finish) 10 s.
 */
export interface StartAllOptions extends GatewaySettingsInput {
  /**
   * Data folder of the one embedded PostgreSQL (PGlite) the subgraphs share; undefined keeps it in memory.
   * Ignored for subgraphs in `databaseUrls`, and entirely when `dbs` is given.
   */
  dataDir?: string | undefined;
  /**
   * Ready, migrated databases to use instead (e.g. from openTestDatabases). Their owner closes them; stop() does
   * not.
   */
  dbs?: Record<SubgraphName, Db>;
  /** Subgraphs that use a real PostgreSQL database instead of the shared PGlite. */
  databaseUrls?: Partial<Record<SubgraphName, string>>;
  /** How much data to seed on first start (skipped when the databases already hold a data set); false: none. */
  seed?: SeedOptions | false;
  /** Gateway port; 0 (the default) picks a free one. The subgraphs always take free ports. */
  port?: number;
  host?: string;
  supergraphPath?: string;
  /**
   * Serve a changed supergraph without a restart (gateway/reload): watch `supergraphPath` (`watch`), poll `url`.
   * `npm start` passes SUPERGRAPH_WATCH's (on by default), so `npm run compose` takes effect at once; off when
   * left out. A supergraph naming a subgraph startAll did not start is refused.
   */
  supergraphReload?: (SupergraphReloadSettings & { debounceMs?: number | undefined }) | undefined;
  /** Every supergraph applied or refused, and every replaced gateway stopped (see ReloadEvent). */
  onSupergraphReload?: (event: ReloadEvent) => void;
  /** Playground tabs; the repository's operations/ by default. */
  operations?: readonly SavedOperation[];
  /** The variables of the subgraphs' scheduled jobs (SLA_SCAN_INTERVAL_MS…); their defaults when left out. */
  jobVariables?: Env;
  /** Replaces a subgraph's module, e.g. the tickets module with a pinned clock in tests. */
  modules?: Partial<typeof SUBGRAPH_MODULES>;
  onProgress?: (event: StartProgress) => void;
  onInternalError?: (error: unknown, where: string) => void;
  gatewayLogger?: GatewayLogger;
  /** Request logs (an access line per request, with its id), each line naming its service; silent when undefined. */
  log?: Logger;
  /**
   * URLs the gateway calls instead of the subgraphs startAll started (which still start, and are listed in
   * `subgraphUrls`): a proxy, or a fault-injecting server in tests.
   */
  gatewayRoutes?: Partial<Record<SubgraphName, string>>;
  /** Every failed subgraph call in full; by default it goes to onInternalError. */
  onSubgraphFailure?: (service: string, failure: SubgraphFailure) => void;
  /** The playground's role switcher; on unless false, and only while tokens are checked with the dev secret. */
  playgroundRoles?: boolean;
}

export interface RunningAll {
  /** The GraphQL endpoint, which is also the playground in a browser, e.g. http://127.0.0.1:4000/graphql. */
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** Whether this start seeded the databases. */
  seeded: boolean;
  /** The change feed the subgraphs append to and the gateway's subscriptions read (tests append and read it too). */
  changeFeed: ChangeFeed;
  /** Stops the gateway, the subgraphs, and the databases startAll opened. */
  stop(): Promise<void>;
}

const DEFAULT_SUPERGRAPH = join(__dirname, '..', 'schema', 'supergraph.graphql');
const DEFAULT_MANIFEST = join(__dirname, '..', DEFAULT_MANIFEST_PATH);
/** The console's build (`npm run console:build`, which `npm start` runs first). */
const DEFAULT_CONSOLE_DIR_PATH = join(__dirname, '..', DEFAULT_CONSOLE_DIR);

/**
 * Everything in one process: databases, migrations, the seed data on first start, the five subgraphs on free
 * ports, and the gateway in front of them with its URLs pointed at those ports. No env, no signals, no output:
 * stack/index.ts adds those, tests call this directly.
 */
export async function startAll(options: StartAllOptions = {}): Promise<RunningAll> {
  const progress = options.onProgress ?? (() => undefined);
  const cleanup: (() => Promise<void>)[] = [];
  let closeHttp: (() => Promise<void>) | undefined;
  // stops taking requests, then stops what started, last first; also used when start-up fails half-way
  const stop = async () => {
    const close = closeHttp;
    closeHttp = undefined;
    await close?.();
    for (const step of cleanup.splice(0).reverse()) await step();
  };
  try {
    const supergraph = loadSupergraph(options.supergraphPath ?? DEFAULT_SUPERGRAPH);
    const trustedDocuments: TrustedDocumentsOptions = options.trustedDocuments ?? {
      mode: 'allow',
      roles: DEFAULT_TRUSTED_DOCUMENTS_ROLES,
      manifest: loadManifest(DEFAULT_MANIFEST),
    };
    // Bind the gateway's port first: a port in use should fail in a second, not after the database and the seed.
    const ready: { app?: RequestListener } = {};
    const http = await listen((req, res) => (ready.app ? ready.app(req, res) : notReady(res)), {
      port: options.port ?? 0,
      host: options.host ?? '127.0.0.1',
    });
    closeHttp = () => http.close(options.drainMs ?? DEFAULT_DRAIN_MS);
    const dbs = options.dbs ?? (await openDatabases(options, progress, cleanup));

    let seeded = false;
    if (options.seed !== false && options.seed !== undefined) {
      if (await isSeeded(dbs)) {
        progress({ step: 'already-seeded' });
        // a data set seeded before tickets migration 006: copy the ids openTicket checks from their owners
        if (await referencesMissing(dbs))
          progress({ step: 'references-backfilled', copied: await backfillReferences(dbs) });
        // … and before tickets migration 007: the digests that let tickets mask the customer's own contact data
        if (await piiDigestsMissing(dbs))
          progress({ step: 'pii-digests-backfilled', written: await backfillPiiDigests(dbs) });
      } else {
        const started = Date.now();
        await seedDatabases(dbs, options.seed, (event) => progress({ step: 'seeding', progress: event }));
        seeded = true;
        progress({ step: 'seeded', elapsedMs: Date.now() - started });
      }
    }

    const subgraphUrls = {} as Record<SubgraphName, string>;
    const signingSecret = options.signingSecret ?? randomBytes(32).toString('base64url');
    // the subgraphs announce their changes in-process (and in Redis when configured) to the gateway's cache
    const invalidation = await subgraphInvalidation(options.entityCache, options.log);
    cleanup.push(invalidation.close);
    // one feed for the process; in Redis with the cache's REDIS_URL, so that gateways elsewhere hear these changes
    const changeFeed = await openChangeFeed({
      redisUrl: options.entityCache?.redisUrl,
      prefix: options.entityCache?.prefix ?? DEFAULT_CACHE_PREFIX,
      connectionName: 'c360-changes',
      onError: (error) => options.log?.warn({ err: error.message }, 'change feed failed'),
    });
    cleanup.push(() => changeFeed.close());
    for (const { name } of SUBGRAPHS) {
      const module = options.modules?.[name] ?? SUBGRAPH_MODULES[name];
      const running: RunningSubgraph = await listenSubgraph(module, dbs[name], {
        port: 0,
        host: '127.0.0.1',
        security: { mode: 'signed', signingSecret },
        log: options.log?.child({ service: name }),
        onInternalError: (error) => options.onInternalError?.(error, name),
        invalidation: invalidation.publisher,
        changeFeed,
        jobVariables: options.jobVariables,
      });
      cleanup.push(() => running.stop());
      subgraphUrls[name] = running.url;
      progress({ step: 'subgraph', subgraph: name, url: running.url });
    }

    const gatewayLog = options.log?.child({ service: 'gateway' });
    const gateway = await createReloadingGateway({
      supergraph,
      sources: options.supergraphReload,
      drainMs: options.drainMs,
      requireUrlOverrides: true,
      onReload: options.onSupergraphReload,
      gateway: {
        subgraphUrls: { ...subgraphUrls, ...options.gatewayRoutes },
        operations: options.operations ?? loadSavedOperations(),
        title: 'Customer 360',
        onInternalError: (error) => options.onInternalError?.(error, 'gateway'),
        logger: options.gatewayLogger,
        log: gatewayLog,
        resilience: options.resilience,
        onSubgraphFailure: options.onSubgraphFailure,
        limits: options.limits,
        auth: options.auth,
        trustedDocuments,
        entityCache: options.entityCache && { config: options.entityCache, bus: invalidation.bus },
        changeFeed,
        live: { fields: LIVE_FIELDS, settings: options.live },
        signingSecret,
        playground: { devTokens: playgroundDevTokens(options) },
        console: options.console ?? { dir: DEFAULT_CONSOLE_DIR_PATH, embedOrigins: [] },
      },
    });
    cleanup.push(() => gateway.stop());
    ready.app = gateway.handler;
    // WebSocket subscriptions (/graphql/ws) upgrade on the same port
    gateway.attach(http.server);
    // live streams never end by themselves: end them (each says why, with the id to resume from) before draining
    closeHttp = async () => {
      await gateway.closeStreams();
      await http.close(options.drainMs ?? DEFAULT_DRAIN_MS);
    };
    const gatewayUrl = `${http.origin}${GRAPHQL_PATH}`;
    progress({ step: 'gateway', url: gatewayUrl });
    return { gatewayUrl, subgraphUrls, seeded, changeFeed, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** The five databases, migrated, with their progress told as StartProgress; closed by stop(). */
async function openDatabases(
  options: StartAllOptions,
  progress: (event: StartProgress) => void,
  cleanup: (() => Promise<void>)[],
): Promise<Record<SubgraphName, Db>> {
  const databases = await openSubgraphDatabases({
    names: SUBGRAPH_NAMES,
    dataDir: options.dataDir,
    databaseUrls: options.databaseUrls ?? {},
    migrationsDir: (name) => SUBGRAPH_MODULES[name].migrationsDir,
    onProgress: (event) => {
      if (event.step === 'embedded-starting')
        progress({ step: 'postgres', elapsedMs: event.elapsedMs, created: event.created });
      else if (event.step === 'embedded-ready')
        progress({ step: 'postgres-ready', elapsedMs: event.elapsedMs, created: event.created });
      else if (event.step === 'migrated') progress({ step: 'migrated', subgraph: event.name, applied: event.applied });
    },
  });
  cleanup.push(databases.close);
  return databases.dbs;
}

/** Dev tokens the gateway accepts, for the playground's role switcher; none when it checks real keys. */
function playgroundDevTokens(options: StartAllOptions): DevTokenSource | undefined {
  return options.playgroundRoles === false ? undefined : devTokenSource(options.auth ?? DEV_AUTH);
}

function notReady(res: ServerResponse): void {
  res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '2' });
  res.end(
    JSON.stringify({
      errors: [{ message: 'The gateway is still starting (database, seed, subgraphs). Try again in a few seconds.' }],
    }),
  );
}
