/**
 * The codes of the answers a subgraph's HTTP layer gives before GraphQL runs (the body, the signature), each with
 * its status. GraphQL's own codes are in ../errors.ts.
 */
export enum TransportErrorCode {
  /** 400: the body is not JSON, or not readable. */
  BAD_REQUEST = 'BAD_REQUEST',
  /** 413: the body is over the subgraph's limit. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** 415: a POST that is not application/json in UTF-8. */
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  /** 401: unsigned, tampered, stale, replayed, or signed for another subgraph. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** 503: the replay check cannot answer (nonce store full or Redis down); retry with a fresh signature. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** 500: our bug; the details are in the subgraph's log. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** The one shape every transport-level answer has: a GraphQL error list, so the gateway can read it. */
export function transportError(
  message: string,
  code: TransportErrorCode,
  service: string,
  extensions: Record<string, string> = {},
) {
  return { errors: [{ message, extensions: { code, service, ...extensions } }] };
}
