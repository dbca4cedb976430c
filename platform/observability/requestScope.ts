import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';

/** What the code handling one request may want to know about it without having `req` or `res` at hand. */
export interface RequestScope {
  readonly requestId: string;
  /** A child logger whose every line carries `requestId`. */
  readonly log: Logger;
  /** The GraphQL operation, once the server has resolved it (for the access log and the metrics). */
  operationName?: string;
}

// Apollo's formatError and the gateway's data sources get no express objects, only the async call chain that
// started in the request's middleware: that chain is what carries the scope to them.
const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `next` (and everything it starts, sync or async) inside `scope`. */
export function runInRequestScope<T>(scope: RequestScope, next: () => T): T {
  return storage.run(scope, next);
}

/** The scope of the request being handled, if any. */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** The current request's logger (its lines carry the request id), or `fallback` outside a request. */
export function requestLog(fallback: Logger): Logger {
  return storage.getStore()?.log ?? fallback;
}
