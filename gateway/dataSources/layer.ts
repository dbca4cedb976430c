import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { OperationKind } from './retryPolicy';

/** One subgraph call on its way down the layers; each layer passes on a copy with what it adds. */
export interface SubgraphRequest {
  /** What the query planner asked for (the cache may narrow the representations). */
  readonly options: GraphQLDataSourceProcessOptions;
  /** Read once from the operation text: only queries are cached, shared and retried. */
  readonly kind: OperationKind;
  /** The exact body to send; set by the dedup layer (its key) or else the signing layer, which signs these bytes. */
  readonly body?: string;
  /** Headers to send besides the planner's own (caller, request id, trace, signature). */
  readonly headers?: Readonly<Record<string, string>>;
  /** When the attempt must give up; set by the deadline layer. */
  readonly deadline?: Deadline;
}

/**
 * An attempt's deadline, as the fetch layer sees it. Plain callbacks rather than an AbortSignal: adding and removing
 * an `abort` listener costs ~8 µs in Node 20, on every subgraph call (bench/PROFILE.md).
 */
export interface Deadline {
  /** True once the deadline has passed. */
  readonly expired: boolean;
  /** `abort` runs when the deadline passes, or at once if it has; undefined (the call is over) forgets it. */
  onExpiry(abort: (() => void) | undefined): void;
}

/** A subgraph call: resolves with the subgraph's GraphQL answer, or rejects with a SubgraphFailure. */
export type SubgraphFetch = (request: SubgraphRequest) => Promise<GatewayGraphQLResponse>;

/** One layer of a data source: wraps the call below it. */
export type Layer = (inner: SubgraphFetch) => SubgraphFetch;

/** `compose(a, b, c)(fetch)` is `a(b(c(fetch)))`: the first layer is the outermost, the one the gateway calls. */
export function compose(...layers: readonly Layer[]): Layer {
  return (innermost) => layers.reduceRight((inner, layer) => layer(inner), innermost);
}
