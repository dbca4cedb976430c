/**
 * Error codes the gateway itself adds; subgraph codes pass through unchanged. The limits (gateway/limits), the
 * tokens (gateway/auth) and the trusted documents (gateway/trustedDocuments) have enums of their own.
 */
export enum GatewayErrorCode {
  /** A subgraph could not be reached or answered with something that is not GraphQL. */
  SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE',
  /**
   * The document holds no operation to run: an `operationName` it does not define, or several operations and no
   * `operationName`; HTTP 400.
   */
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  /** A `subscription` operation: this gateway serves queries and mutations only; HTTP 400. */
  SUBSCRIPTIONS_NOT_SUPPORTED = 'SUBSCRIPTIONS_NOT_SUPPORTED',
  /** An automatic persisted query whose `sha256Hash` is not the hash of the `query` sent with it; HTTP 400. */
  PERSISTED_QUERY_HASH_MISMATCH = 'PERSISTED_QUERY_HASH_MISMATCH',
  /** An automatic persisted query of a `version` other than 1; HTTP 400. */
  PERSISTED_QUERY_VERSION_UNSUPPORTED = 'PERSISTED_QUERY_VERSION_UNSUPPORTED',
}
