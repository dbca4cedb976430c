import type { Response } from 'express';
import type { Caller } from '../platform/caller';

/**
 * What the gateway knows about a request beyond its GraphQL body, as Apollo Server's context: the verified caller
 * (gateway/auth) and the request id (gateway/observability). The data sources pass both on to the subgraphs.
 */
export interface GatewayContext {
  /** Undefined only when AUTH_MODE=off. */
  caller?: Caller | undefined;
  requestId: string;
  /**
   * Only while a subscription's emission resolves (gateway/subscriptions): the value of its root field in the live
   * subgraph's terms, which the live data source answers the plan's first fetch from.
   */
  liveRoot?: Record<string, unknown> | undefined;
}

/**
 * Express middlewares hand what they learn to later ones in `res.locals`; these are the keys the gateway uses.
 * - `res.locals.caller` (Caller): set by gateway/auth's middleware once the bearer token is verified.
 * - `res.locals.tokenExpiresAt` (number, ms since the epoch): the same token's `exp`, set with the caller; live
 *   streams (gateway/subscriptions) end then.
 * - `res.locals.requestId` (string): set by gateway/observability's middleware, echoed in `x-request-id`.
 */
export interface GatewayLocals {
  caller?: Caller;
  tokenExpiresAt?: number;
  requestId?: string;
}

export function localsOf(res: Response): GatewayLocals {
  return res.locals as GatewayLocals;
}
