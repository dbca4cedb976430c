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
  /**
   * A `subscription` sent to POST /graphql, which answers once: subscriptions are served over Server-Sent Events
   * (POST /graphql/stream) or WebSocket (/graphql/ws); HTTP 400.
   */
  SUBSCRIPTION_TRANSPORT = 'SUBSCRIPTION_TRANSPORT',
  /** A query or mutation sent to a subscription transport: send it to POST /graphql; HTTP 400. */
  NOT_A_SUBSCRIPTION = 'NOT_A_SUBSCRIPTION',
  /** A subscription field no subgraph of the gateway itself serves (a subgraph's own subscription): HTTP 400. */
  SUBSCRIPTION_FIELD_UNSERVED = 'SUBSCRIPTION_FIELD_UNSERVED',
  /** An automatic persisted query whose `sha256Hash` is not the hash of the `query` sent with it; HTTP 400. */
  PERSISTED_QUERY_HASH_MISMATCH = 'PERSISTED_QUERY_HASH_MISMATCH',
  /** An automatic persisted query of a `version` other than 1; HTTP 400. */
  PERSISTED_QUERY_VERSION_UNSUPPORTED = 'PERSISTED_QUERY_VERSION_UNSUPPORTED',
}
