import type { GraphQLFormattedError } from 'graphql';
import { GatewayErrorCode } from './gatewayErrorCode';
import { withPersistedQueryCode } from './trustedDocuments/persistedQueryErrors';
import { shortenMessage } from './shortenMessage';

export { GatewayErrorCode };

// Messages from the HTTP client name the subgraph's internal URL and the socket error, e.g.
// "request to http://10.0.3.7:4002/graphql failed, reason: connect ECONNREFUSED 10.0.3.7:4002".
// Every alternative does a bounded amount of work at each position (the scheme is at most 32 characters), so a test
// is linear in the message: `[a-z][a-z0-9+.-]*:\/\/` was quadratic, 7 minutes for a message that repeated a
// caller's 900 KB value. eslint-plugin-regexp keeps it that way (regexp/no-super-linear-move).
const TRANSPORT_DETAILS =
  /[a-z][\d+.a-z-]{0,31}:\/\/\S|\bE(?:CONNREFUSED|CONNRESET|NOTFOUND|AI_AGAIN|TIMEDOUT|PIPE)\b|socket hang up|fetch failed|^\d{3}: /i;

// `response` carries the subgraph URL and raw body of a failed HTTP call; the others may carry stacks.
const INTERNAL_EXTENSIONS = new Set(['response', 'exception', 'stacktrace']);

export interface FormatOptions {
  /** Receives every error whose details were hidden, so it can be logged in full. */
  report?: (error: unknown) => void;
  /** The subgraph a message is about, found by the URL it names: the HTTP client's errors carry no service name. */
  subgraphNamedIn?: (message: string) => string | undefined;
}

/**
 * What a client sees of an error. Never a stack trace, and never an internal URL or socket detail: those tell an
 * outsider how the network behind the gateway is laid out and tell a caller nothing they can act on. The subgraph's
 * name is kept, so a support agent can say which system is down. Quoted input is cut short (shortenMessage) before
 * anything else looks at the message, so the work here is linear in the message and bounded whatever the caller sent.
 */
export function formatGatewayError(
  formatted: GraphQLFormattedError,
  original: unknown,
  { report = () => undefined, subgraphNamedIn = () => undefined }: FormatOptions = {},
): GraphQLFormattedError {
  const extensions = Object.fromEntries(
    Object.entries(formatted.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.has(key)),
  );
  const message = shortenMessage(formatted.message);
  if (!TRANSPORT_DETAILS.test(message)) {
    return withPersistedQueryCode({ ...formatted, message, extensions });
  }
  report(original);
  const named = extensions['serviceName'];
  const service = typeof named === 'string' ? named : subgraphNamedIn(formatted.message);
  const unavailable = service
    ? `The ${service} system did not answer. Try again in a moment; if it keeps failing, check that the ${service} subgraph is running and reachable from the gateway.`
    : 'A system behind the gateway did not answer. Try again in a moment; if it keeps failing, check that every subgraph is running and reachable from the gateway.';
  return {
    message: unavailable,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: GatewayErrorCode.SUBGRAPH_UNAVAILABLE, ...(service ? { serviceName: service } : {}) },
  };
}
