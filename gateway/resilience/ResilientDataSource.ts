import { performance } from 'node:perf_hooks';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { callerHeaders, REQUEST_ID_HEADER } from '../../platform/caller';
import { INVALIDATED_EXTENSION } from '../../platform/changeEvents';
import type { GatewayContext } from '../context';
import type { RunningEntityCache } from '../entityCache';
import { CircuitBreaker } from './circuitBreaker';
import type { BreakerState } from './circuitBreaker';
import { failurePath } from './failurePath';
import type { ResilienceOptions } from './options';
import { backoffDelayMs, mayRetry, operationKindOf } from './retryPolicy';
import { SubgraphFailure } from './subgraphFailure';
import type { SubgraphFailureCode } from './subgraphFailure';
import { subgraphFetcher } from './subgraphFetcher';
import type { SubgraphFetcher } from './subgraphFetcher';

/** What GET /ready shows of a subgraph: never its URL. */
export interface SubgraphHealth {
  state: BreakerState;
  /** The code of the last failed call, until a call succeeds. */
  lastError?: SubgraphFailureCode;
}

/** How one subgraph call ended: answered, failed, or refused by the open breaker without being sent. */
export type FetchOutcome = 'ok' | SubgraphFailureCode | 'CIRCUIT_OPEN';

export interface ResilientDataSourceOptions {
  name: string;
  url: string;
  resilience: ResilienceOptions;
  /** Signs every subgraph request with this HMAC secret (see platform/caller/requestSignature.ts). */
  signingSecret?: string | undefined;
  /** Receives every failure in full (status, socket error, start of the body), for the logs. */
  onFailure?: (service: string, failure: SubgraphFailure) => void;
  /** Told of every call (each attempt) and how long it took, for the metrics; 0 ms when the breaker refused it. */
  onFetch?: (service: string, ms: number, outcome: FetchOutcome) => void;
  /** Answers queries from the entity cache where it can; mutations' invalidations go to it before they answer. */
  entityCache?: RunningEntityCache | undefined;
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A subgraph as the gateway calls it: pooled connections, a deadline per attempt, retries for queries only, and a
 * circuit breaker. A call that fails for good does not throw: it answers with one GraphQL error (code and service,
 * nothing internal) and no data, so the gateway still returns what every other subgraph contributed and nulls
 * only the fields this one owns.
 */
export class ResilientDataSource extends RemoteGraphQLDataSource {
  readonly breaker: CircuitBreaker;
  private lastError: SubgraphFailureCode | undefined;
  private readonly transport: SubgraphFetcher;
  private readonly settings: Required<
    Omit<ResilientDataSourceOptions, 'onFailure' | 'onFetch' | 'signingSecret' | 'entityCache'>
  > &
    Pick<ResilientDataSourceOptions, 'onFailure' | 'onFetch' | 'entityCache'>;

  constructor(options: ResilientDataSourceOptions) {
    const timeoutMs = options.resilience.timeoutsMs[options.name] ?? options.resilience.timeoutMs;
    const transport = subgraphFetcher({ timeoutMs, signingSecret: options.signingSecret, subgraph: options.name });
    super({ url: options.url, fetcher: transport.fetcher });
    this.transport = transport;
    this.settings = { now: Date.now, random: Math.random, sleep: pause, ...options };
    this.breaker = new CircuitBreaker({
      failureThreshold: options.resilience.breakerFailures,
      cooldownMs: options.resilience.breakerCooldownMs,
      now: this.settings.now,
    });
  }

  health(): SubgraphHealth {
    return { state: this.breaker.state, ...(this.lastError ? { lastError: this.lastError } : {}) };
  }

  /** Closes the connection pool. */
  close(): void {
    this.transport.close();
  }

  /** The verified caller and the request id travel with every subgraph call (signed with the body, see fetcher). */
  override willSendRequest(options: GraphQLDataSourceProcessOptions): void {
    const headers = options.request.http?.headers;
    if (!headers) return;
    const { caller, requestId } = options.context as Partial<GatewayContext>;
    if (caller) for (const [name, value] of Object.entries(callerHeaders(caller))) headers.set(name, value);
    if (requestId) headers.set(REQUEST_ID_HEADER, requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const cache = this.settings.entityCache;
    const kind = operationKindOf(options.request.query ?? '');
    if (!cache) return this.fetchWithRetries(options, kind);
    if (kind === 'query')
      return cache.cache.process(this.settings.name, options, (sent) => this.fetchWithRetries(sent, kind));
    const response = await this.fetchWithRetries(options, kind);
    // the entities the mutation changed leave this gateway's cache before the gateway answers (or plans further)
    const tags = response.extensions?.[INVALIDATED_EXTENSION];
    if (Array.isArray(tags)) await cache.invalidate(tags.filter((tag): tag is string => typeof tag === 'string'));
    return response;
  }

  private async fetchWithRetries(
    options: GraphQLDataSourceProcessOptions,
    kind: ReturnType<typeof operationKindOf>,
  ): Promise<GatewayGraphQLResponse> {
    const { name, resilience } = this.settings;
    for (let attempt = 1; ; attempt++) {
      if (!this.breaker.tryAcquire()) {
        this.settings.onFetch?.(name, 0, 'CIRCUIT_OPEN');
        // fail fast: no socket, no timeout; the last real failure's code says why the breaker opened
        return this.failed(options, this.lastError ?? 'SUBGRAPH_UNAVAILABLE');
      }
      const started = performance.now();
      try {
        const response = await super.process(options);
        this.settings.onFetch?.(name, performance.now() - started, 'ok');
        this.breaker.onSuccess();
        this.lastError = undefined;
        return response;
      } catch (error) {
        const failure =
          error instanceof SubgraphFailure
            ? error
            : new SubgraphFailure('SUBGRAPH_UNAVAILABLE', `unexpected: ${(error as Error).message}`, false);
        this.breaker.onFailure();
        this.lastError = failure.code;
        this.settings.onFailure?.(name, failure);
        this.settings.onFetch?.(name, performance.now() - started, failure.code);
        if (!mayRetry(kind, attempt, failure.retryable, resilience)) return this.failed(options, failure.code);
        await this.settings.sleep(backoffDelayMs(attempt, resilience, this.settings.random));
      }
    }
  }

  private failed(options: GraphQLDataSourceProcessOptions, code: SubgraphFailureCode): GatewayGraphQLResponse {
    const { name } = this.settings;
    const message =
      code === 'SUBGRAPH_TIMEOUT'
        ? `The ${name} system did not answer in time, so its part of the answer is missing. Try again in a moment.`
        : `The ${name} system is unavailable, so its part of the answer is missing. Try again in a moment; if it keeps failing, check that the ${name} subgraph is running and reachable from the gateway.`;
    const document = 'document' in options ? options.document : undefined;
    const schema = 'incomingRequestContext' in options ? options.incomingRequestContext.schema : undefined;
    return {
      errors: [
        {
          message,
          path: failurePath(document, options.request.query, schema),
          extensions: { code, service: name },
        },
      ],
    };
  }
}
