import type { GraphQLFormattedError } from 'graphql';

/** Error codes the gateway itself adds; subgraph codes pass through unchanged. */
export enum GatewayErrorCode {
  /** A subgraph could not be reached or answered with something that is not GraphQL. */
  SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE',
}

// Messages from the HTTP client name the subgraph's internal URL and the socket error, e.g.
// "request to http://10.0.3.7:4002/graphql failed, reason: connect ECONNREFUSED 10.0.3.7:4002".
const TRANSPORT_DETAILS =
  /[a-z][a-z0-9+.-]*:\/\/\S+|\bE(?:CONNREFUSED|CONNRESET|NOTFOUND|AI_AGAIN|TIMEDOUT|PIPE)\b|socket hang up|fetch failed|^\d{3}: /i;

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
 * name is kept, so a support agent can say which system is down.
 */
export function formatGatewayError(
  formatted: GraphQLFormattedError,
  original: unknown,
  { report = () => undefined, subgraphNamedIn = () => undefined }: FormatOptions = {},
): GraphQLFormattedError {
  const extensions = Object.fromEntries(
    Object.entries(formatted.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.has(key)),
  );
  if (!TRANSPORT_DETAILS.test(formatted.message)) {
    return { ...formatted, extensions };
  }
  report(original);
  const named = extensions['serviceName'];
  const service = typeof named === 'string' ? named : subgraphNamedIn(formatted.message);
  const message = service
    ? `The ${service} system did not answer. Try again in a moment; if it keeps failing, check that the ${service} subgraph is running and reachable from the gateway.`
    : 'A system behind the gateway did not answer. Try again in a moment; if it keeps failing, check that every subgraph is running and reachable from the gateway.';
  return {
    message,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: GatewayErrorCode.SUBGRAPH_UNAVAILABLE, ...(service ? { serviceName: service } : {}) },
  };
}
