import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
// node-fetch 2 is what @apollo/gateway itself fetches with (a dependency of it, so always installed); unlike
// Node's built-in fetch it takes an `agent`, which gives us a keep-alive pool we own and can close on shutdown.
import fetch, { Response } from 'node-fetch';
import { signRequest } from '../../subgraphs/shared/caller';
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
}: {
  timeoutMs: number;
  maxSockets?: number;
  /** Signs every request (HMAC over a timestamp, the caller headers and the body); unsigned when undefined. */
  signingSecret?: string | undefined;
}): SubgraphFetcher {
  const options = { keepAlive: true, maxSockets, maxFreeSockets: 16 };
  const http = new HttpAgent(options);
  const https = new HttpsAgent(options);

  const fetcher: Fetcher = async (url, init) => {
    // the deadline covers reading the body too: a subgraph that sends headers and then stalls is still slow
    const signal = AbortSignal.timeout(timeoutMs);
    let status: number;
    let statusText: string;
    let contentType: string;
    let text: string;
    // signed here, where the exact body bytes exist: RemoteGraphQLDataSource serialises the request just before
    const headers = { ...(init?.headers as Record<string, string> | undefined) };
    if (signingSecret !== undefined)
      Object.assign(headers, signRequest(signingSecret, headers, String(init?.body ?? '')));
    try {
      const response = await fetch(url, {
        ...init,
        headers,
        agent: (parsed) => (parsed.protocol === 'https:' ? https : http),
        signal,
      });
      status = response.status;
      statusText = response.statusText;
      contentType = response.headers.get('content-type') ?? '';
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw new SubgraphFailure('SUBGRAPH_TIMEOUT', `no answer within ${timeoutMs} ms`, true);
      throw new SubgraphFailure('SUBGRAPH_UNAVAILABLE', `request failed: ${(error as Error).message}`, true);
    }

    const shown = `${status} ${statusText} (${contentType || 'no content type'}): ${text.slice(0, LOGGED_BODY)}`;
    // a gateway or load balancer in front of the subgraph says it is (re)starting: worth another try
    if (status >= 502 && status <= 504) throw new SubgraphFailure('SUBGRAPH_UNAVAILABLE', shown, true);
    const body = parseGraphQLBody(text);
    if (!body) throw new SubgraphFailure('SUBGRAPH_UNAVAILABLE', `not a GraphQL answer: ${shown}`, false);
    // A 4xx with a GraphQL body (a validation error) is the subgraph's answer, to be passed on as it is; a 5xx
    // means it broke while answering, and whatever it says may be internal.
    if (status >= 500) throw new SubgraphFailure('SUBGRAPH_UNAVAILABLE', shown, false);
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    }) as unknown as FetcherResponse;
  };

  return {
    fetcher,
    close() {
      http.destroy();
      https.destroy();
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
