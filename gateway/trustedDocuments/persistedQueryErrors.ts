import type { GraphQLFormattedError } from 'graphql';
import { GatewayErrorCode } from '../gatewayErrorCode';

/**
 * Apollo Server answers these two mistakes of an automatic-persisted-query client with HTTP 400 but no code, so
 * they reached clients as INTERNAL_SERVER_ERROR, which says "our fault, retry" about a request that will fail the
 * same way every time. Apollo's messages are fixed strings (@apollo/server's requestPipeline); matched exactly.
 */
const PERSISTED_QUERY_ERRORS: ReadonlyMap<string, { code: GatewayErrorCode; message: string }> = new Map([
  [
    'provided sha does not match query',
    {
      code: GatewayErrorCode.PERSISTED_QUERY_HASH_MISMATCH,
      message:
        'The `extensions.persistedQuery.sha256Hash` is not the SHA-256 of the `query` sent with it. Send the lower-case hex SHA-256 of the exact query text (or leave `extensions.persistedQuery` out and send the query alone).',
    },
  ],
  [
    'Unsupported persisted query version',
    {
      code: GatewayErrorCode.PERSISTED_QUERY_VERSION_UNSUPPORTED,
      message:
        'This gateway supports automatic persisted queries of version 1 only. Send `extensions.persistedQuery.version: 1`, or leave `extensions.persistedQuery` out and send the query text.',
    },
  ],
]);

/** The error with its own code and a message that names the fix when it is one of Apollo's APQ refusals. */
export function withPersistedQueryCode(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const known = PERSISTED_QUERY_ERRORS.get(formatted.message);
  if (!known || formatted.extensions?.['code'] !== 'INTERNAL_SERVER_ERROR') return formatted;
  return { message: known.message, extensions: { ...formatted.extensions, code: known.code } };
}
