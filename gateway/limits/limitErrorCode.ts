import type { ASTNode, GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

/** Why the gateway refused a request before planning it. */
export enum LimitErrorCode {
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_ROOT_FIELDS = 'TOO_MANY_ROOT_FIELDS',
  /** More directives (`@include`, `@skip`, unknown ones) than maxDirectives, counted through fragments. */
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  TOO_MANY_TOKENS = 'TOO_MANY_TOKENS',
  BATCH_TOO_LARGE = 'BATCH_TOO_LARGE',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** A variable or literal longer than maxStringLength (reported by platform/inputText.ts). */
  STRING_TOO_LONG = 'STRING_TOO_LONG',
  /** `__schema` / `__type` asked of a gateway with introspection off (production). */
  INTROSPECTION_DISABLED = 'INTROSPECTION_DISABLED',
  /** The body is not JSON, or not a GraphQL request. */
  BAD_REQUEST = 'BAD_REQUEST',
}

const CODES = new Set<string>(Object.values(LimitErrorCode));

/** The error a limit rule reports; `code` survives Apollo's wrapping through withLimitCode. */
export function limitError(code: LimitErrorCode, message: string, nodes?: readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, { ...(nodes ? { nodes } : {}), extensions: { code } });
}

// graphql-js 16: "Syntax Error: Document contains more that 5000 tokens. Parsing aborted." (sic; later: "than")
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;

/**
 * Apollo wraps every validation error in its own with code GRAPHQL_VALIDATION_FAILED, and every parse error with
 * GRAPHQL_PARSE_FAILED; this puts back the limit's own code, so a client can tell "too deep" from a typo. The HTTP
 * status stays Apollo's 400.
 */
export function withLimitCode(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const inner = original instanceof GraphQLError ? original.originalError : undefined;
  const code = inner instanceof GraphQLError ? inner.extensions['code'] : undefined;
  if (typeof code === 'string' && CODES.has(code)) {
    return { ...formatted, extensions: { ...formatted.extensions, code } };
  }
  const tokens = TOKEN_LIMIT.exec(formatted.message);
  if (tokens && formatted.extensions?.['code'] === 'GRAPHQL_PARSE_FAILED') {
    return {
      message: `The document has more than ${tokens[1]} tokens, the most the gateway parses. Send a smaller document: fewer fields and aliases, or split it into several requests.`,
      extensions: { ...formatted.extensions, code: LimitErrorCode.TOO_MANY_TOKENS },
    };
  }
  if (formatted.message.startsWith('GraphQL introspection is not allowed')) {
    return {
      ...formatted,
      message:
        'Introspection (__schema, __type) is turned off on this gateway. Use the schema documentation published for it; operators can set GRAPHQL_INTROSPECTION=true.',
      extensions: { ...formatted.extensions, code: LimitErrorCode.INTROSPECTION_DISABLED },
    };
  }
  return formatted;
}
