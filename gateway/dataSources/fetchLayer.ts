// undici rather than node-fetch 2 (what @apollo/gateway fetches with by default): node-fetch runs every call
// through Node's http client, WHATWG Request/Headers objects and stream plumbing, which the gateway profile showed
// among its largest costs per request (bench/PROFILE.md). undici's Pool keeps keep-alive connections to the one
// origin a data source calls, which we own and close on shutdown. Its low-level `dispatch` rather than `request`:
// the body arrives as the buffers the socket read, with no Readable stream (nor its async resource and abort
// listener) built around it.
import { Pool } from 'undici';
import type { Dispatcher } from 'undici';
import type { Deadline, SubgraphFetch } from './layer';
import { SubgraphFailure } from './subgraphFailure';
import { plannerHeaders, wireBody } from './wireRequest';

export interface FetchLayer {
  fetch: SubgraphFetch;
  /** Closes the pooled connections (shutdown). */
  close(): void;
}

/** How much of a bad body the logs keep: enough to recognise an HTML error page, not a whole dump. */
const LOGGED_BODY = 200;

/**
 * The innermost layer: one subgraph's HTTP client. Keep-alive connections from a pool (a new TCP connection per
 * subgraph call would cost a handshake each and leave thousands of sockets in TIME_WAIT under load), the body read
 * to its end within the attempt's deadline, and a check that the answer is a GraphQL JSON body. Anything else becomes
 * a SubgraphFailure, whose details go to the logs and never to the client. The parsed body is the answer: no
 * Response object is built only to be parsed again (bench/PROFILE.md).
 */
export function fetchLayer({ url, maxSockets = 64 }: { url: string; maxSockets?: number }): FetchLayer {
  const parsedUrl = new URL(url);
  const pool = new Pool(parsedUrl.origin, { connections: maxSockets, keepAliveTimeout: 4_000 });
  const path = `${parsedUrl.pathname}${parsedUrl.search}`;

  const fetch: SubgraphFetch = async (request) => {
    const { deadline } = request;
    const headers = { ...plannerHeaders(request), 'content-type': 'application/json', ...request.headers };
    let answer: Answer;
    try {
      answer = await send(pool, { path, method: 'POST', headers, body: wireBody(request) }, deadline);
    } catch (error) {
      // the deadline layer words it, knowing the deadline
      if (deadline?.expired) throw new SubgraphFailure('SUBGRAPH_TIMEOUT', 'aborted by its deadline', true);
      const { code, message } = error as { code?: string; message?: string };
      throw new SubgraphFailure('SUBGRAPH_UNAVAILABLE', `request failed: ${code ?? ''} ${message ?? ''}`.trim(), true);
    }

    const { status, contentType, text } = answer;
    const shown = () => `${status} (${contentType || 'no content type'}): ${text.slice(0, LOGGED_BODY)}`;
    // a gateway or load balancer in front of the subgraph says it is (re)starting: worth another try
    if (status >= 502 && status <= 504) throw new SubgraphFailure('SUBGRAPH_UNAVAILABLE', shown(), true);
    const parsed = parseGraphQLBody(text);
    if (!parsed) throw new SubgraphFailure('SUBGRAPH_UNAVAILABLE', `not a GraphQL answer: ${shown()}`, false);
    // A 4xx with a GraphQL body (a validation error) is the subgraph's answer, to be passed on as it is; a 5xx
    // means it broke while answering, and whatever it says may be internal.
    if (status >= 500) throw new SubgraphFailure('SUBGRAPH_UNAVAILABLE', shown(), false);
    restrictCachePolicy(request.options);
    return parsed;
  };

  return {
    fetch,
    close() {
      // shutdown comes after draining, so nothing is in flight; destroy does not wait for idle sockets' timeouts
      pool.destroy().catch(() => undefined);
    },
  };
}

/** A subgraph's HTTP answer, read to its end. */
interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/**
 * One request over the pool, its answer read whole. The deadline settles the call at once, even while it still
 * waits for a free connection, and aborts it on the socket once it is there. Rejects with undici's error (its
 * `code`, e.g. ECONNREFUSED or UND_ERR_SOCKET) or, past the deadline, an abort error.
 */
function send(pool: Pool, options: Dispatcher.DispatchOptions, deadline: Deadline | undefined): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let controller: Dispatcher.DispatchController | undefined;
    let settled = false;
    const aborted = () => new Error('aborted by its deadline');
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      deadline?.onExpiry(undefined);
      outcome();
    };
    deadline?.onExpiry(() => {
      settle(() => reject(aborted()));
      controller?.abort(aborted());
    });
    if (settled) return;
    let status = 0;
    let contentType = '';
    const chunks: Buffer[] = [];
    pool.dispatch(options, {
      onRequestStart(started) {
        controller = started;
        if (settled) started.abort(aborted());
      },
      onResponseStart(_controller, statusCode, headers) {
        status = statusCode;
        const type = headers['content-type'];
        contentType = (Array.isArray(type) ? type[0] : type) ?? '';
      },
      onResponseData(_controller, chunk) {
        chunks.push(chunk);
      },
      onResponseEnd() {
        const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        settle(() => resolve({ status, contentType, text: body?.toString('utf8') ?? '' }));
      },
      onResponseError(_controller, error) {
        settle(() => reject(error));
      },
    });
  });
}

/**
 * What Apollo's RemoteGraphQLDataSource does with every answer: the client's response may be cached only as long
 * as each subgraph answer allows, and ours send no cache-control, which reads as max-age 0.
 */
function restrictCachePolicy(options: SubgraphRequestOptions): void {
  if (!('incomingRequestContext' in options)) return;
  const policy = options.incomingRequestContext.overallCachePolicy;
  if (policy && 'restrict' in policy) policy.restrict({ maxAge: 0 });
}

type SubgraphRequestOptions = Parameters<SubgraphFetch>[0]['options'];

/** The body as an object with `data` or `errors`, or undefined for anything else (HTML, garbage, a bare string). */
function parseGraphQLBody(text: string): Record<string, unknown> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const body = parsed as Record<string, unknown>;
  if (!('data' in body) && !Array.isArray(body['errors'])) return undefined;
  return body;
}
