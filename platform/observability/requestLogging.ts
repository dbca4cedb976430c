import { performance } from 'node:perf_hooks';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { REQUEST_ID_HEADER } from '../caller';
import { validOperationName } from './operationName';
import { requestIdFrom } from './requestId';
import { runInRequestScope } from './requestScope';
import type { RequestScope } from './requestScope';

/** What requestLogging puts in `res.locals` for later middlewares. */
export interface ObservedLocals {
  requestId: string;
  /** The request's child logger: every line carries `requestId`. */
  log: Logger;
}

export function observedLocals(res: Response): Partial<ObservedLocals> {
  return res.locals as Partial<ObservedLocals>;
}

/**
 * The first middleware of an app: gives the request its id (the caller's sane `x-request-id`, or a new UUID),
 * answers it in the `x-request-id` header of every response, puts it and a child logger in `res.locals`, runs the
 * rest of the request in a RequestScope (see requestScope.ts), and writes one access line when the response ends:
 * method, path, status, duration, operation name. Never the query string, body, variables or headers: they hold
 * customer data and tokens.
 */
export function requestLogging(log: Logger): RequestHandler {
  return (req, res, next) => {
    const requestId = requestIdFrom(req.get(REQUEST_ID_HEADER));
    const scope: RequestScope = { requestId, log: log.child({ requestId }) };
    const locals: ObservedLocals = { requestId, log: scope.log };
    Object.assign(res.locals, locals);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = performance.now();
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      accessLine(scope, req, res, performance.now() - started);
    };
    res.once('finish', done);
    // `close` without `finish`: the client went away before the answer was sent
    res.once('close', done);
    runInRequestScope(scope, next);
  };
}

function accessLine(scope: RequestScope, req: Request, res: Response, ms: number): void {
  const operationName =
    scope.operationName ?? validOperationName((req.body as { operationName?: unknown } | undefined)?.operationName);
  const line = {
    method: req.method,
    // the path only: a GET /graphql carries the query and its variables in the query string
    path: req.originalUrl.split('?', 1)[0],
    status: res.statusCode,
    ms: Math.round(ms * 10) / 10,
    ...(operationName ? { operationName } : {}),
    ...(res.writableFinished ? {} : { aborted: true }),
  };
  if (res.statusCode >= 500) scope.log.error(line, 'request failed');
  else scope.log.info(line, 'request');
}
