import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { createGateway } from '../createGateway';
import type { CreateGatewayOptions, Gateway, Readiness } from '../createGateway';
import { DEFAULT_DRAIN_MS } from '../dataSources/resilienceOptions';
import { createGatewayMetrics } from '../observability';
import { isLiveSubgraphUrl } from '../subscriptions';
import { parseSupergraph, supergraphHash } from '../supergraph';
import type { LoadedSupergraph } from '../supergraph';
import { Generation } from './generation';
import { reloadMetrics } from './reloadMetrics';
import type { SupergraphSource } from './reloadMetrics';
import type { SupergraphReloadSettings } from './reloadSettings';
import { watchSources } from './watchSources';

export interface ReloadingGatewayOptions {
  /** What every generation is built with: createGateway's options but the supergraph and the metrics. */
  gateway: Omit<CreateGatewayOptions, 'supergraph' | 'metrics'>;
  /** The supergraph to start with (its `path` is the file SUPERGRAPH_WATCH watches). */
  supergraph: LoadedSupergraph;
  /** Where new supergraphs come from; none (reload() only) when undefined. */
  sources?: (SupergraphReloadSettings & { debounceMs?: number | undefined }) | undefined;
  /** How long a replaced generation's requests may still run before it is stopped anyway (DEFAULT_DRAIN_MS). */
  drainMs?: number | undefined;
  /**
   * Refuse a supergraph naming a subgraph that gateway.subgraphUrls does not route (the live one aside): for a
   * caller whose routes are the only right ones (`npm start`, whose subgraphs listen on ports chosen at start).
   */
  requireUrlOverrides?: boolean | undefined;
  /** Reloads and refusals are logged here (warn for a refusal, with the reason); gateway.log when left out. */
  log?: Logger | undefined;
  /** Every applied or refused supergraph, and every retired generation: for tests and progress displays. */
  onReload?: ((event: ReloadEvent) => void) | undefined;
  /** Builds a generation; createGateway, unless a test wants another. */
  create?: ((options: CreateGatewayOptions) => Promise<Gateway>) | undefined;
}

export type ReloadEvent =
  | { result: 'applied'; source: SupergraphSource; hash: string; previousHash: string; ms: number }
  | { result: 'refused'; source: SupergraphSource; hash: string; reason: string }
  /** A replaced generation stopped: `drained` false when the drain deadline cut `cut` requests. */
  | { result: 'retired'; hash: string; drained: boolean; cut: number; ms: number };

export type ReloadResult =
  | Extract<ReloadEvent, { result: 'applied' | 'refused' }>
  | { result: 'unchanged'; source: SupergraphSource; hash: string };

export interface ReloadingGateway {
  /** Answers every HTTP request with the generation serving; mount it on an HTTP server (platform/http/listen). */
  handler: RequestListener;
  /** The gateway serving now; a later reload may replace it. */
  current(): Gateway;
  /** The serving gateway's readiness (GET /ready), its supergraph's hash included. */
  readiness(): Readiness;
  /** One registry for every generation, so no counter starts again at 0 after a reload (GET /metrics). */
  metrics: Registry;
  /** Offers a new supergraph: applied once its gateway started, refused (and logged, and counted) otherwise. */
  reload(sdl: string, source?: SupergraphSource, origin?: string): Promise<ReloadResult>;
  /** WebSocket upgrades on `server`, handed to the generation serving. Call once. */
  attach(server: Server): void;
  /** Ends the serving generation's live streams (see Gateway.closeStreams), before the HTTP server drains. */
  closeStreams(): Promise<void>;
  /** Stops watching, waits for a reload under way, stops every generation. The HTTP server is the caller's. */
  stop(): Promise<void>;
}

/**
 * A gateway that takes a new supergraph without a restart. Each supergraph gets its own generation: a whole
 * createGateway (Apollo's query planner, the entity cache's TTLs and tags, the scope requirements, the
 * subscription executor, the data sources all read the SDL, so swapping one part alone would leave the others
 * stale). The handler hands each request to the generation serving when it arrives. A new generation serves
 * only once it has fully started; the old one finishes what it was answering, then stops. Its live streams end
 * at once with GATEWAY_STOPPING and the id to resume from: a subscription is valid against the schema it was
 * made for, and the client's reconnect is checked against the new one and replayed from the shared change feed.
 */
export async function createReloadingGateway(options: ReloadingGatewayOptions): Promise<ReloadingGateway> {
  const create = options.create ?? createGateway;
  const log = options.log ?? options.gateway.log;
  const drainMs = options.drainMs ?? DEFAULT_DRAIN_MS;
  let serving: Generation | undefined;
  const metrics = createGatewayMetrics({
    circuitStates: () =>
      Object.fromEntries(
        Object.entries(serving?.gateway.readiness().subgraphs ?? {}).map(([name, health]) => [name, health.state]),
      ),
  });
  const reloads = reloadMetrics(metrics.registry);
  const start = async (supergraph: LoadedSupergraph) => {
    const gateway = await create({ ...options.gateway, supergraph, metrics });
    return new Generation(gateway, supergraphHash(supergraph.sdl));
  };

  const first = await start(options.supergraph);
  serving = first;
  reloads.serving(first.hash, Date.now());
  const retiring = new Set<Promise<void>>();
  let queue: Promise<unknown> = Promise.resolve();
  let stopped = false;

  const retire = (old: Generation) => {
    const startedAt = Date.now();
    const done = (async () => {
      // SSE streams count as requests in flight: ending them (each with its resume id) lets the count reach 0
      const [, drained] = await Promise.all([old.gateway.closeStreams(), old.whenIdle(drainMs)]);
      const cut = old.requestsInFlight;
      await old.gateway.stop();
      const event = { result: 'retired' as const, hash: old.hash, drained, cut, ms: Date.now() - startedAt };
      if (drained) log?.info(event, 'previous supergraph stopped once its requests were answered');
      else log?.warn(event, 'previous supergraph stopped at the drain deadline with requests in flight');
      options.onReload?.(event);
    })()
      .catch((error: unknown) => log?.error({ err: (error as Error).message }, 'previous supergraph failed to stop'))
      .finally(() => retiring.delete(done));
    retiring.add(done);
  };

  const apply = async (sdl: string, source: SupergraphSource, origin: string): Promise<ReloadResult> => {
    const hash = supergraphHash(sdl);
    const current = serving!;
    if (hash === current.hash || stopped) return { result: 'unchanged', source, hash };
    const refuse = (reason: string): ReloadResult => {
      reloads.reloaded('refused');
      const event = { result: 'refused' as const, source, hash, reason };
      log?.warn(event, `supergraph from ${origin} refused; the one serving (${current.hash}) stays`);
      options.onReload?.(event);
      return event;
    };
    const startedAt = Date.now();
    let next: Generation;
    try {
      const supergraph = parseSupergraph(sdl, origin);
      const unrouted = options.requireUrlOverrides ? unroutedSubgraphs(supergraph, options.gateway.subgraphUrls) : [];
      if (unrouted.length > 0)
        return refuse(
          `it names ${unrouted.join(', ')}, which this gateway has no URL for (only ${Object.keys(options.gateway.subgraphUrls ?? {}).join(', ')})`,
        );
      next = await start(supergraph);
    } catch (error) {
      return refuse((error as Error).message);
    }
    if (stopped) {
      await next.gateway.stop();
      return { result: 'unchanged', source, hash: current.hash };
    }
    // the swap: from here on every new request goes to `next`; those `current` is answering finish there
    serving = next;
    reloads.reloaded('applied');
    reloads.serving(hash, Date.now());
    const event = { result: 'applied' as const, source, hash, previousHash: current.hash, ms: Date.now() - startedAt };
    log?.info(event, `supergraph from ${origin} now serving`);
    options.onReload?.(event);
    retire(current);
    return event;
  };

  const reload = (sdl: string, source: SupergraphSource = 'call', origin = options.supergraph.path) => {
    // one at a time, in the order offered: the last one offered is the one left serving
    const result = queue.then(() => apply(sdl, source, origin));
    queue = result.catch(() => undefined);
    return result;
  };

  const watching = options.sources
    ? watchSources({
        settings: options.sources,
        path: options.supergraph.path,
        initial: options.supergraph.sdl,
        offer: (sdl, source, origin) => void reload(sdl, source, origin),
        failed: (source, error) => {
          reloads.sourceFailed(source);
          log?.warn({ source, err: error.message }, 'supergraph source unreadable; the one serving stays');
        },
      })
    : undefined;

  return {
    handler: (req: IncomingMessage, res: ServerResponse) => serving!.handle(req, res),
    current: () => serving!.gateway,
    readiness: () => serving!.gateway.readiness(),
    metrics: metrics.registry,
    reload,
    attach(server) {
      server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) =>
        serving!.gateway.upgrade(request, socket, head),
      );
    },
    closeStreams: () => serving!.gateway.closeStreams(),
    async stop() {
      stopped = true;
      watching?.close();
      await queue;
      await Promise.all(retiring);
      await serving!.gateway.stop();
    },
  };
}

/** The remote subgraphs of `supergraph` that `urls` has no route for. */
function unroutedSubgraphs(supergraph: LoadedSupergraph, urls: Readonly<Record<string, string>> = {}): string[] {
  return supergraph.subgraphs
    .filter(({ name, url }) => !isLiveSubgraphUrl(url) && urls[name] === undefined)
    .map(({ name }) => name);
}
