import express from 'express';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { RawBodyRequest } from './signatureCheck';
import { transportError, TransportErrorCode } from './transportErrorCode';

/** Subgraph bodies are query plans' fetches: entity lists can be long, but never near this. */
export const MAX_SUBGRAPH_BODY = '5mb';

/**
 * A POST must be JSON (what the gateway sends), else 415 here; then the body is parsed within MAX_SUBGRAPH_BODY,
 * keeping the exact bytes, which the signature covers (not a re-serialisation of the parsed body).
 */
export function jsonBody(name: string): RequestHandler[] {
  const jsonOnly: RequestHandler = (req, res, next) => {
    if (req.method !== 'POST' || req.is('application/json')) return next();
    res
      .status(415)
      .json(
        transportError(
          `The ${name} subgraph reads only JSON bodies. Send content-type: application/json with a body such as {"query": "{ __typename }"}.`,
          TransportErrorCode.UNSUPPORTED_MEDIA_TYPE,
          name,
        ),
      );
  };
  const parse = express.json({
    limit: MAX_SUBGRAPH_BODY,
    verify: (req, _res, buffer) => {
      (req as RawBodyRequest).rawBody = buffer;
    },
  });
  return [jsonOnly, parse];
}

/**
 * The last handler of a subgraph's app. Without it express answers a body it cannot read with an HTML page that,
 * unless NODE_ENV=production (express reads `app.get('env')` per error), holds the stack trace and absolute paths
 * of our files. This answers a small JSON error in every mode instead: 413, 415 or 400 with a code and the fix, and
 * anything else as a bare 500 whose details go to `onInternalError` (the log) only.
 */
export function jsonErrorHandler(name: string, onInternalError: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    // headers gone: nothing left to answer with; express closes the connection
    if (res.headersSent) return next(error);
    const { status, type } = (typeof error === 'object' && error !== null ? error : {}) as {
      status?: unknown;
      type?: unknown;
    };
    const answer = (code: number, message: string, errorCode: TransportErrorCode) => {
      res.status(code).json(transportError(message, errorCode, name));
    };
    if (type === 'entity.too.large')
      return answer(
        413,
        `The request body is larger than ${MAX_SUBGRAPH_BODY}, the most the ${name} subgraph accepts. Send a smaller request.`,
        TransportErrorCode.PAYLOAD_TOO_LARGE,
      );
    if (status === 415)
      return answer(
        415,
        `The ${name} subgraph reads JSON in UTF-8 only. Send content-type: application/json (charset utf-8, or none).`,
        TransportErrorCode.UNSUPPORTED_MEDIA_TYPE,
      );
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // body-parser's own messages may quote the body; ours say what was wrong without echoing it
      const problem = type === 'entity.parse.failed' ? 'is not valid JSON' : 'could not be read';
      return answer(
        400,
        `The request body ${problem}. Send a JSON object such as {"query": "{ __typename }"} with content-type: application/json.`,
        TransportErrorCode.BAD_REQUEST,
      );
    }
    onInternalError(error);
    return answer(
      500,
      `Internal error in the ${name} subgraph. It has been logged; try again, and report it if it persists.`,
      TransportErrorCode.INTERNAL_SERVER_ERROR,
    );
  };
}
