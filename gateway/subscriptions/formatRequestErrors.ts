import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';

/** The gateway's formatError (createGateway): the same for POST /graphql and the subscription transports. */
export type FormatError = (formatted: GraphQLFormattedError, original: unknown) => GraphQLFormattedError;

/** Errors as a client receives them, and the HTTP status they call for. */
export interface FormattedErrors {
  errors: GraphQLFormattedError[];
  /** The highest status an error asks for in `extensions.http.status`; `fallback` when none does. */
  status: number;
}

/**
 * What Apollo Server does to every error before a client sees it (its errorNormalize, which it does not export):
 * anything thrown becomes a GraphQLError, a missing code becomes INTERNAL_SERVER_ERROR, `extensions.http` is taken
 * out and becomes the status, and the gateway's formatError has the last word (no stack, no internal URL). A
 * subscription's refusals and emissions must read exactly as a query's would.
 */
export function formatRequestErrors(
  errors: readonly unknown[],
  formatError: FormatError,
  fallback: number,
): FormattedErrors {
  let status: number | undefined;
  const formatted = errors.map((raw) => {
    const error = asGraphQLError(raw);
    const { http, ...extensions } = error.extensions;
    const asked = (http as { status?: unknown } | undefined)?.status;
    if (typeof asked === 'number') status = Math.max(status ?? 0, asked);
    const json = error.toJSON();
    return formatError(
      { ...json, extensions: { ...extensions, code: extensions['code'] ?? 'INTERNAL_SERVER_ERROR' } },
      error,
    );
  });
  return { errors: formatted, status: status ?? fallback };
}

function asGraphQLError(raw: unknown): GraphQLError {
  if (raw instanceof GraphQLError) return raw;
  if (raw instanceof Error) return new GraphQLError(raw.message, { originalError: raw });
  return new GraphQLError(`Unexpected error value: ${String(raw)}`);
}

/** Apollo Server's SyntaxError: GRAPHQL_PARSE_FAILED, 400 (withLimitCode names a token limit TOO_MANY_TOKENS). */
export function syntaxError(error: unknown): GraphQLError {
  const inner = error instanceof GraphQLError ? error : new GraphQLError(String((error as Error).message ?? error));
  return new GraphQLError(inner.message, {
    ...(inner.source ? { source: inner.source } : {}),
    ...(inner.positions ? { positions: inner.positions } : {}),
    originalError: inner,
    extensions: { http: { status: 400 }, ...inner.extensions, code: ApolloServerErrorCode.GRAPHQL_PARSE_FAILED },
  });
}

/**
 * Apollo Server's ValidationError: GRAPHQL_VALIDATION_FAILED, 400, the rule's own error kept as originalError so
 * that withLimitCode puts a limit's code back; "Did you mean …?" removed when the schema is to stay hidden.
 */
export function validationError(error: GraphQLError, hideSchemaDetails: boolean): GraphQLError {
  const message = hideSchemaDetails ? error.message.replace(/ ?Did you mean(.+?)\?$/, '') : error.message;
  return new GraphQLError(message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    originalError: error.originalError ?? error,
    extensions: {
      http: { status: 400 },
      ...error.extensions,
      code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
    },
  });
}

/** Variables or arguments that do not coerce: BAD_USER_INPUT, 400, as Apollo Server answers for a query. */
export function badUserInput(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    originalError: error.originalError ?? error,
    extensions: { ...error.extensions, code: ApolloServerErrorCode.BAD_USER_INPUT, http: { status: 400 } },
  });
}
