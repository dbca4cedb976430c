import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
// undici rather than node-fetch 2 (what @apollo/gateway fetches with by default): node-fetch runs every call
// through Node's http client, WHATWG Request/Headers objects and stream plumbing, which the gateway profile showed
// among its largest costs per request (bench/PROFILE.md). undici's Agent keeps its own keep-alive pool per origin,
// which we own and close on shutdown.
import { context, propagation } from '@opentelemetry/api';
import { Agent } from 'undici';
import { signRequest } from '../../platform/caller';
import { ParsedResponse } from './parsedResponse';
import { SubgraphFailure } from './subgraphFailure';

export interface SubgraphFetcher {
  fetcher: Fetcher;
  /** Closes the pooled connections (shutdown). */
  close(): void;
}

/** How much of a bad body the logs keep: enough to recognise an HTML error page, not a whole dump. */
const LOGGED_BODY = 200;

/**
 * One subgraph's HTTP client: keep-alive connections from a pool (a new TCP connection per subgraph call would
 * cost a handshake each and leave thousands of sockets in TIME_WAIT under load), a deadline per attempt, and
 * a check that the answer is a GraphQL JSON body. Anything else becomes a SubgraphFailure, whose details go to
 * the logs and never to the client.
 */
export function subgraphFetcher({
  timeoutMs,
  maxSockets = 64,
  signingSecret,
  subgraph,
}: {
  timeoutMs: number;
  /** The subgraph's name, which its signatures are bound to: a request signed for one is refused by another. */
  subgraph: string;
  /** Connections per subgraph origin at most. */
  maxSockets?: number;
  /**
   * Signs every request (HMAC over the subgraph's name, a timestamp, a nonce, the caller headers and the body);
   * unsigned when undefined.
   */
  signingSecret?: string | undefined;
}): SubgraphFetcher {
  const agent = new Agent({ connections: maxSockets, keepAliveTimeout: 4_000 });
  // one data source calls one URL: parse it once, not per call
  const targets = new Map<string, { origin: string; path: string }>();
  const targetOf = (url: string) => {
    let target = targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      targets.set(url, target);
    }
    return target;
  };

  const fetcher: Fetcher = async (url, init) => {
    // The deadline covers reading the body too: a subgraph that sends headers and then stalls is still slow. Our
    // own timer rather than AbortSignal.timeout, whose timer cannot be cleared: it fired after every call that had
    // long finished and built a DOMException with a stack trace each time (1 % of the gateway's CPU).
    const deadline = new AbortController();
    const signal = deadline.signal;
    const timer = setTimeout(() => deadline.abort(), timeoutMs);
    const body = String(init?.body ?? '');
    // signed here, where the exact body bytes exist: RemoteGraphQLDataSource serialises the request just before
    const headers: Record<string, string> = { ...init?.headers };
    // the trace goes on in the subgraph (W3C traceparent of Apollo's fetch span): OpenTelemetry's HTTP
    // instrumentation does not see undici, and its undici instrumentation needs Node 22. A no-op without tracing.
    propagation.inject(context.active(), headers);
    // every call signs afresh, a retry too: the subgraph accepts each nonce once
    if (signingSecret !== undefined) Object.assign(headers, signRequest(signingSecret, { subgraph, headers, body }));
    let status: number;
    let contentType: string;
    let text: string;
    try {
      const { origin, path } = targetOf(url);
      const response = await agent.request({
        origin,
        path,
        method: (init?.method ?? 'POST') as 'POST',
        headers,
        body,
        signal,
      });
      status = response.statusCode;
      const type = response.headers['content-type'];
      contentType = (Array.isArray(type) ? type[0] : type) ?? '';
      text = await response.body.text();
    } catch (error) {
      if (signal.aborted) throw new SubgraphFailure('SUBGRAPH_TIMEOUT', `no answer within ${timeoutMs} ms`, true);
      const { code, message } = error as { code?: string; message?: string };
      throw new SubgraphFailure('SUBGRAPH_UNAVAILABLE', `request failed: ${code ?? ''} ${message ?? ''}`.trim(), true);
    } finally {
      clearTimeout(timer);
    }

    const shown = `${status} (${contentType || 'no content type'}): ${text.slice(0, LOGGED_BODY)}`;
    // a gateway or load balancer in front of the subgraph says it is (re)starting: worth another try
    if (status >= 502 && status <= 504) throw new SubgraphFailure('SUBGRAPH_UNAVAILABLE', shown, true);
    const parsed = parseGraphQLBody(text);
    if (!parsed) throw new SubgraphFailure('SUBGRAPH_UNAVAILABLE', `not a GraphQL answer: ${shown}`, false);
    // A 4xx with a GraphQL body (a validation error) is the subgraph's answer, to be passed on as it is; a 5xx
    // means it broke while answering, and whatever it says may be internal.
    if (status >= 500) throw new SubgraphFailure('SUBGRAPH_UNAVAILABLE', shown, false);
    return new ParsedResponse(url, parsed, text) as FetcherResponse;
  };

  return {
    fetcher,
    close() {
      // shutdown comes after draining, so nothing is in flight; destroy does not wait for idle sockets' timeouts
      agent.destroy().catch(() => undefined);
    },
  };
}

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
