import type { RunningEntityCache } from './cache';
import { breakerLayer } from './breakerLayer';
import type { SubgraphHealth } from './breakerLayer';
import { cacheLayer } from './cacheLayer';
import { deadlineLayer } from './deadlineLayer';
import { dedupLayer } from './dedupLayer';
import type { DeduplicatedObserver } from './dedupLayer';
import { failureLayer } from './failureLayer';
import { fetchLayer } from './fetchLayer';
import { compose } from './layer';
import type { SubgraphFetch } from './layer';
import { observeLayer } from './observeLayer';
import type { FetchObserver } from './observeLayer';
import type { ResilienceOptions } from './resilienceOptions';
import { retryLayer } from './retryLayer';
import { signingLayer } from './signingLayer';

export interface DataSourceOptions extends FetchObserver {
  /** The subgraph's name: its signatures, metrics, error messages and per-subgraph deadline go by it. */
  name: string;
  url: string;
  resilience: ResilienceOptions;
  /** Signs every subgraph request with this HMAC secret (see platform/caller/requestSignature.ts). */
  signingSecret?: string | undefined;
  /** Answers queries from the entity cache where it can; mutations' invalidations go to it before they answer. */
  entityCache?: RunningEntityCache | undefined;
  /** Told of every request that shared an identical query's call in flight, for the metrics. */
  onDeduplicated?: DeduplicatedObserver | undefined;
  /** The dice of the retry backoff's jitter; fixed in tests. */
  random?: () => number;
}

export interface DataSource {
  /** One subgraph call through every layer; always resolves (a failure is an answer with one error). */
  fetch: SubgraphFetch;
  /** The breaker's state and the last failure, for GET /ready and the circuit-state gauge. */
  health(): SubgraphHealth;
  /** Closes the connection pool. */
  close(): void;
}

/**
 * One subgraph as the gateway calls it, outermost layer first:
 *
 *   cache → dedup → failure → retry → observe → breaker → deadline → signing → fetch
 *
 * The cache answers what it can; dedup shares identical queries in flight (`resilience.dedup` false leaves it out);
 * failure turns a lost call into an answer with one error; retry tries a query again; observe reports each attempt;
 * the breaker fails fast while the subgraph is down; the deadline bounds each attempt; signing says who is asking,
 * afresh for every attempt; fetch sends it over a pooled connection.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  const { name, resilience } = options;
  const transport = fetchLayer({ url: options.url });
  const breaker = breakerLayer({
    failureThreshold: resilience.breakerFailures,
    cooldownMs: resilience.breakerCooldownMs,
  });
  const layers = compose(
    cacheLayer(name, options.entityCache),
    ...(resilience.dedup ? [dedupLayer(name, options.onDeduplicated)] : []),
    failureLayer(name),
    retryLayer(resilience, options.random),
    observeLayer(name, options),
    breaker.layer,
    deadlineLayer(resilience.timeoutsMs[name] ?? resilience.timeoutMs),
    signingLayer({ subgraph: name, secret: options.signingSecret }),
  );
  return { fetch: layers(transport.fetch), health: breaker.health, close: transport.close };
}
