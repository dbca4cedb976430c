import express from 'express';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { LimitErrorCode } from './limitErrorCode';
import type { RequestLimits } from './options';

function errorBody(message: string, code: LimitErrorCode) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * Parses the JSON body within `maxBodyBytes` and refuses a batch (an array body) of more than `maxBatch`
 * operations, both before Apollo sees the request: an oversized body is never buffered past the limit, and a
 * batch of 100 operations is refused once rather than validated 100 times.
 */
export function requestBodyMiddleware(limits: Pick<RequestLimits, 'maxBodyBytes' | 'maxBatch'>): RequestHandler[] {
  const batchGuard: RequestHandler = (req, res, next) => {
    const body: unknown = req.body;
    if (!Array.isArray(body) || body.length <= limits.maxBatch) return next();
    const message =
      limits.maxBatch === 1
        ? `The request is a batch of ${body.length} operations; this gateway does not accept batches. Send one operation per request as a JSON object, not an array.`
        : `The request is a batch of ${body.length} operations; the gateway accepts at most ${limits.maxBatch} per request. Split it into smaller batches.`;
    res.status(400).json(errorBody(message, LimitErrorCode.BATCH_TOO_LARGE));
  };
  return [express.json({ limit: limits.maxBodyBytes }), batchGuard];
}

/**
 * Express answers a body it cannot read with an HTML page (a stack trace outside production); this answers JSON
 * with a code and the fix instead: 413 for a body over the limit, 400 for malformed JSON or an unreadable body.
 */
export function requestBodyErrorHandler(limits: Pick<RequestLimits, 'maxBodyBytes'>): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    const { status, type } = error as { status?: unknown; type?: unknown };
    if (res.headersSent || typeof status !== 'number' || status < 400 || status >= 500) return next(error);
    if (type === 'entity.too.large') {
      res
        .status(413)
        .json(
          errorBody(
            `The request body is larger than ${limits.maxBodyBytes} bytes, the most the gateway accepts. Send a smaller request: a shorter query, smaller variables, or several requests.`,
            LimitErrorCode.PAYLOAD_TOO_LARGE,
          ),
        );
      return;
    }
    // body-parser's messages name the problem ("Unexpected end of JSON input") and nothing internal
    const problem = type === 'entity.parse.failed' ? 'the body is not valid JSON' : (error as Error).message;
    res
      .status(status)
      .json(
        errorBody(
          `Bad request: ${problem}. Send a JSON body such as {"query": "{ __typename }"} with content-type application/json.`,
          LimitErrorCode.BAD_REQUEST,
        ),
      );
  };
}
