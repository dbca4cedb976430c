import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { createHandler } from 'graphql-sse';
import type { ExecutionResult, Response as SseResponse } from 'graphql-sse';
import { localsOf } from '../../context';
import type { LiveService } from '../liveService';
import { LiveResults } from './liveResults';
import { writeEventStream } from './writeEventStream';

export const LIVE_STREAM_PATH = '/graphql/stream';

export interface LiveStreamHandlerOptions {
  live: LiveService;
  /** LIVE_HEARTBEAT_MS: a `:` comment this often; a client that reads nothing for as long is cut off. */
  heartbeatMs: number;
}

const EVENT_STREAM = 'text/event-stream';
const JSON_TYPE = 'application/json; charset=utf-8';

/** What graphql-sse hands back to our hooks: the express pair, and the results once the subscription opened. */
interface Raw {
  req: Request;
  res: Response;
}
interface Opened {
  results?: LiveResults;
}

/**
 * Live subscriptions over Server-Sent Events (the graphql-sse protocol, "distinct connections" mode): one
 * subscription per request, `POST` with the usual JSON body or `GET` with `query`, `variables`, `extensions` in the
 * query string (what a browser's EventSource can send). Mount it after authentication, the body parser and the
 * trusted-documents check, as /graphql is.
 *
 * - Each emission is an `event: next` with an `id:` line (its event id); a closing message (token expired, slow
 *   consumer, gateway stopping) is a last `next` whose errors say why, then `event: complete`, then the end.
 * - Resume: the `Last-Event-ID` header (EventSource sends it by itself on reconnect) or `extensions.lastEventId`.
 * - A refused subscribe (limits, validation, authorization, bad arguments) is answered before the stream starts,
 *   with its HTTP status and the JSON errors, like a query.
 *
 * The stream starts whatever the Accept header says (graphql-sse itself streams only for exactly
 * `text/event-stream`), so `curl -N` works without one. Single-connection mode (PUT a stream, POST operations onto
 * it) is not offered: it would interleave several subscriptions on one response, and `id:` and Last-Event-ID
 * name the position of one.
 */
export function liveStreamHandler(options: LiveStreamHandlerOptions): RequestHandler {
  const handler = createHandler<Raw, Opened>({
    // no stream tokens: every request is its own stream
    authenticate: () => null,
    onSubscribe: async (req, params) => {
      const { req: request, res } = req.raw;
      const lastEventId = request.get('last-event-id') ?? params.extensions?.['lastEventId'];
      if (lastEventId !== undefined && typeof lastEventId !== 'string') {
        return errorResponse(
          400,
          'BAD_USER_INPUT',
          'extensions.lastEventId must be a string: the `id` of the last event received, such as "1767225600000-0".',
        );
      }
      const locals = localsOf(res);
      const opened = await options.live.open({
        query: params.query,
        variables: params.variables,
        operationName: params.operationName,
        caller: locals.caller,
        tokenExpiresAt: locals.tokenExpiresAt,
        lastEventId,
        requestId: locals.requestId ?? randomUUID(),
      });
      if ('errors' in opened) {
        return [
          JSON.stringify({ errors: opened.errors }),
          { status: opened.status, statusText: '', headers: { 'content-type': JSON_TYPE } },
        ];
      }
      const results = new LiveResults(opened, { paced: true });
      req.context.results = results;
      // graphql-sse types results with GraphQLError instances but only stringifies them: formatted results (plain
      // errors, as the LiveService produced them) print the same
      return results as unknown as AsyncGenerator<ExecutionResult>;
    },
  });

  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.set('allow', 'GET, POST');
      res
        .status(405)
        .json(
          errorBody(
            'METHOD_NOT_ALLOWED',
            `Subscribe with POST (a JSON body) or GET (the query string), not ${req.method}.`,
          ),
        );
      return;
    }
    const context: Opened = {};
    handler({
      method: req.method,
      // the trusted-documents check may have rewritten a GET's query string: read it from req.url
      url: req.url,
      headers: { get: (key) => (key.toLowerCase() === 'accept' ? EVENT_STREAM : req.get(key)) },
      body: (req.body as Record<string, unknown> | undefined) ?? null,
      raw: { req, res },
      context,
    })
      .then(([body, init]) => respond(res, body, init, context.results, options.heartbeatMs))
      .catch(next);
  };
}

async function respond(
  res: Response,
  body: SseResponse[0],
  init: SseResponse[1],
  results: LiveResults | undefined,
  heartbeatMs: number,
): Promise<void> {
  if (body !== null && typeof body !== 'string') {
    await writeEventStream(
      res,
      {
        ...init.headers,
        // nginx and other proxies buffer responses unless told not to; an event held back is an event late
        'x-accel-buffering': 'no',
      },
      { body, results, heartbeatMs },
    );
    return;
  }
  res.status(init.status);
  for (const [name, value] of Object.entries(init.headers ?? {})) res.set(name, value);
  if (typeof body === 'string') {
    res.send(body);
    return;
  }
  // graphql-sse answers a few requests with a bare status (415: a POST body that is not JSON)
  res.json(
    errorBody(
      'BAD_REQUEST',
      `${init.statusText || 'Bad request'}: send the subscription as a JSON body (POST, content-type application/json) or in the query string (GET ?query=…).`,
    ),
  );
}

function errorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

function errorResponse(status: number, code: string, message: string): SseResponse {
  return [JSON.stringify(errorBody(code, message)), { status, statusText: '', headers: { 'content-type': JSON_TYPE } }];
}
