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
}

/**
 * Express middlewares hand what they learn to later ones in `res.locals`; these are the keys the gateway uses.
 * - `res.locals.caller` (Caller): set by gateway/auth's middleware once the bearer token is verified.
 * - `res.locals.requestId` (string): set by gateway/observability's middleware, echoed in `x-request-id`.
 */
export interface GatewayLocals {
  caller?: Caller;
  requestId?: string;
}

export function localsOf(res: Response): GatewayLocals {
  return res.locals as GatewayLocals;
}
