import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLFormattedError } from 'graphql';
import { applyPiiMasking } from './pii';
import type { Db } from './db';
import type { SubgraphModule } from './SubgraphModule';
import { ErrorCode } from './errors';
import { invalidTextPlugin } from '../../platform/inputText';
import { invalidationExtensionPlugin } from '../../platform/changeEvents';
import { DateTime } from './scalars';

// Codes of errors the caller caused and can fix; everything else is masked. INTERNAL_SERVER_ERROR is not one:
// an Error thrown by a bug or by the database carries that code and must never reach the client as it is.
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  // Apollo Server's own codes for requests it could not parse or validate
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export interface SubgraphServerOptions {
  /** Called with every error we hide from the client, so it can be logged with its stack. */
  onInternalError?: (error: unknown, subgraph: string) => void;
}

/**
 * An Apollo Server for one subgraph module on one database. Errors the caller can fix pass through with their
 * code; anything else (a SQL error, a bug) is replaced by a bare INTERNAL_SERVER_ERROR, because its message may
 * hold SQL, table names or connection strings.
 */
export function createSubgraphServer<Context extends object>(
  module: SubgraphModule<Context>,
  _db: Db,
  options: SubgraphServerOptions = {},
): ApolloServer<Context> {
  const schema = applyPiiMasking(
    buildSubgraphSchema({
      typeDefs: module.typeDefs,
      resolvers: { DateTime, ...module.resolvers },
    }),
    module.knownPii,
  );
  return new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: false,
    // The process that hosts the subgraph (runSubgraph, startAll) decides when to stop, and closes the database
    // after the servers; Apollo's own signal handlers would stop the server and re-raise the signal first.
    stopOnTerminationSignals: false,
    // Inline traces only feed Apollo Studio, which we do not use; building them costs time on every request.
    // mutations list the entity tags they changed, for the gateway's entity cache (platform/changeEvents)
    // text no database stores (NUL, unpaired surrogates) is refused here too: signed requests may skip the gateway
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      invalidationExtensionPlugin<Context>(),
      invalidTextPlugin<Context>(),
    ],
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      const code = formatted.extensions?.['code'];
      if (typeof code === 'string' && CLIENT_CODES.has(code)) return formatted;
      options.onInternalError?.(error, module.name);
      return {
        message: `Internal error in the ${module.name} system. It has been logged; try again, and report it if it persists.`,
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, service: module.name },
      };
    },
  });
}
