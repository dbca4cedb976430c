import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { BreakerState, FetchOutcome } from '../dataSources';
import type { LiveObserver } from '../subscriptions/liveObserver';
import { labelCap } from './labelCap';

/** What `c360_subgraph_circuit_state` reports for each breaker state. */
export const CIRCUIT_STATE_VALUE: Readonly<Record<BreakerState, number>> = { closed: 0, 'half-open': 1, open: 2 };

export const ANONYMOUS_OPERATION = 'anonymous';

export interface GatewayMetricsOptions {
  /** Each subgraph's breaker state, read on every scrape. */
  circuitStates: () => Record<string, BreakerState>;
  /** Distinct operation names with a label of their own; later ones count as `other`. */
  maxOperations?: number;
  /** Distinct error codes with a label of their own. */
  maxErrorCodes?: number;
  /** Process metrics (CPU, memory, event loop lag, GC); on by default. */
  processMetrics?: boolean;
}

export interface GatewayMetrics {
  /** This gateway's own registry: several gateways in one process (tests) keep their counts apart. */
  registry: Registry;
  /** One GraphQL request over HTTP, answered with `status` after `seconds`. */
  recordRequest(operationName: string | undefined, status: number, seconds: number): void;
  /** One error in a GraphQL response. */
  recordError(code: string | undefined): void;
  /** One call (attempt) to a subgraph; see gateway/dataSources/observeLayer.ts. */
  recordFetch(subgraph: string, ms: number, outcome: FetchOutcome): void;
  /** One subgraph fetch saved: a query shared an identical one's call in flight (gateway/dataSources/dedupLayer.ts). */
  recordDeduplicatedFetch(subgraph: string): void;
  /** One entity cache lookup of a subgraph fetch: how many entries were served, how many fetched. */
  recordCacheLookup(subgraph: string, hits: number, misses: number): void;
  /** Entity tags invalidated, by where the invalidation came from (`response` or `announcement`). */
  recordCacheInvalidation(source: string, tags: number): void;
  /** The cache's store failed and a request went on without it. */
  recordCacheError(): void;
  /** Live subscriptions: open streams, emissions, resolutions (fewer than emissions when shared), drops. */
  live: LiveObserver;
}

/** Subgraph calls are mostly milliseconds; the top buckets catch timeouts. */
const FETCH_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The gateway's Prometheus metrics, in a registry of its own; no side effects beyond process metrics. */
export function createGatewayMetrics(options: GatewayMetricsOptions): GatewayMetrics {
  const registry = new Registry();
  const registers = [registry];
  // The event loop delay is sampled every 100 ms rather than prom-client's 10: its timer then wakes the process 10
  // times a second instead of 100, which cost ~7 ms of CPU per second, busy or idle (bench/PROFILE.md).
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 100 });
  const operationLabel = labelCap(options.maxOperations ?? 200);
  const codeLabel = labelCap(options.maxErrorCodes ?? 50);

  const requests = new Counter({
    name: 'c360_gateway_requests_total',
    help: 'GraphQL requests answered, by operation name and HTTP status (including those refused before execution, e.g. 401 and 413).',
    labelNames: ['operation', 'status'] as const,
    registers,
  });
  const duration = new Histogram({
    name: 'c360_gateway_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its answer, by operation name.',
    labelNames: ['operation'] as const,
    registers,
  });
  const errors = new Counter({
    name: 'c360_gateway_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code.',
    labelNames: ['code'] as const,
    registers,
  });
  const fetchDuration = new Histogram({
    name: 'c360_subgraph_fetch_duration_seconds',
    help: 'Duration of each call (each attempt) from the gateway to a subgraph, failed ones included.',
    labelNames: ['subgraph'] as const,
    buckets: FETCH_BUCKETS,
    registers,
  });
  const fetchErrors = new Counter({
    name: 'c360_subgraph_fetch_errors_total',
    help: 'Failed subgraph calls by code: SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT, or CIRCUIT_OPEN (failed fast, not sent).',
    labelNames: ['subgraph', 'code'] as const,
    registers,
  });
  const deduplicated = new Counter({
    name: 'c360_subgraph_fetches_deduplicated_total',
    help: 'Subgraph fetches saved: queries that shared an identical query in flight (same body and caller) instead of calling the subgraph.',
    labelNames: ['subgraph'] as const,
    registers,
  });
  const circuit = new Gauge({
    name: 'c360_subgraph_circuit_state',
    help: "Each subgraph's circuit breaker: 0 closed, 1 half-open, 2 open.",
    labelNames: ['subgraph'] as const,
    registers,
    // read at scrape time: a breaker changes state by the clock (open → half-open) without any call
    collect: () => {
      // a reloaded supergraph may name other subgraphs: report only those of the one serving
      circuit.reset();
      for (const [subgraph, state] of Object.entries(options.circuitStates()))
        circuit.set({ subgraph }, CIRCUIT_STATE_VALUE[state]);
    },
  });

  const cacheLookups = new Counter({
    name: 'c360_entity_cache_lookups_total',
    help: 'Entity cache lookups by subgraph and result (hit: served from the cache; miss: fetched); an _entities fetch counts each entity.',
    labelNames: ['subgraph', 'result'] as const,
    registers,
  });
  const cacheInvalidations = new Counter({
    name: 'c360_entity_cache_invalidations_total',
    help: "Entity tags invalidated in this gateway's cache, by source: response (a mutation it relayed) or announcement (a subgraph's event).",
    labelNames: ['source'] as const,
    registers,
  });
  const cacheErrors = new Counter({
    name: 'c360_entity_cache_errors_total',
    help: 'Requests served without the entity cache because its store (Redis) failed.',
    registers,
  });

  const liveOpen = new Gauge({
    name: 'c360_live_subscriptions',
    help: 'Live subscriptions open in this gateway process, by Subscription field.',
    labelNames: ['field'] as const,
    registers,
  });
  const liveEmissions = new Counter({
    name: 'c360_live_emissions_total',
    help: 'Messages sent to live subscribers, by Subscription field (one per subscriber per emission).',
    labelNames: ['field'] as const,
    registers,
  });
  const liveResolutions = new Counter({
    name: 'c360_live_resolutions_total',
    help: 'Emissions resolved through the graph, by Subscription field: subscribers with equal documents, variables and visibility share one.',
    labelNames: ['field'] as const,
    registers,
  });
  const liveDropped = new Counter({
    name: 'c360_live_dropped_total',
    help: 'Live subscriptions the gateway ended, by reason: SLOW_CONSUMER, TOKEN_EXPIRED, GATEWAY_STOPPING.',
    labelNames: ['reason'] as const,
    registers,
  });

  return {
    registry,
    live: {
      subscriptions: (field, delta) => liveOpen.inc({ field }, delta),
      emitted: (field, members) => liveEmissions.inc({ field }, members),
      resolved: (field) => liveResolutions.inc({ field }),
      dropped: (reason) => liveDropped.inc({ reason }),
    },
    recordCacheLookup(subgraph, hits, misses) {
      if (hits > 0) cacheLookups.inc({ subgraph, result: 'hit' }, hits);
      if (misses > 0) cacheLookups.inc({ subgraph, result: 'miss' }, misses);
    },
    recordCacheInvalidation(source, tags) {
      cacheInvalidations.inc({ source }, tags);
    },
    recordCacheError() {
      cacheErrors.inc();
    },
    recordRequest(operationName, status, seconds) {
      const operation = operationLabel(operationName ?? ANONYMOUS_OPERATION);
      requests.inc({ operation, status: String(status) });
      duration.observe({ operation }, seconds);
    },
    recordError(code) {
      errors.inc({ code: codeLabel(code ?? 'UNKNOWN') });
    },
    recordFetch(subgraph, ms, outcome) {
      if (outcome !== 'CIRCUIT_OPEN') fetchDuration.observe({ subgraph }, ms / 1000);
      if (outcome !== 'ok') fetchErrors.inc({ subgraph, code: outcome });
    },
    recordDeduplicatedFetch(subgraph) {
      deduplicated.inc({ subgraph });
    },
  };
}
