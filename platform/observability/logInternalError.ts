import type { Logger } from 'pino';
import { requestLog } from './requestScope';

/**
 * An `onInternalError` callback for a server that hides internal errors from its clients: logs the error in full
 * (message and stack) at `error`, with the request id when it happens during a request, so the client's
 * `x-request-id` finds it.
 */
export function logInternalError(log: Logger, message = 'internal error hidden from the client') {
  return (error: unknown, where?: string): void => {
    requestLog(log).error({ err: error, ...(where ? { where } : {}) }, message);
  };
}
