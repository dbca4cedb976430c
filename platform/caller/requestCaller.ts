import type { Caller } from './caller';

/** What a subgraph's per-request context carries besides its loaders: who is calling, and the request id. */
export interface RequestCaller {
  /** Verified by the request signature; undefined when the request named nobody (unsecured dev mode). */
  caller?: Caller | undefined;
  requestId?: string | undefined;
}
