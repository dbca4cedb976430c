import { parse } from 'graphql';
import { apolloLimitOptions, DEFAULT_REQUEST_LIMITS, withLimitCode } from '../../../../gateway/limits';

const { parseOptions } = apolloLimitOptions({ ...DEFAULT_REQUEST_LIMITS, maxTokens: 100 });

/** `{ ping ping … }`: `fields` names between two braces, so fields + 2 tokens. */
const document = (fields: number, tail = ' }') => `{${' ping'.repeat(fields)}${tail}`;

/** What parsing `source` throws, formatted as Apollo formats a parse error, then through withLimitCode. */
function refusal(source: string) {
  try {
    parse(source, parseOptions);
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    return withLimitCode({ message: error.message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, error);
  }
  return undefined;
}

describe('Limits: the token limit is counted while parsing', () => {
  it('parses a document of exactly maxTokens tokens', () => {
    expect(refusal(document(98))).toBeUndefined();
  });

  it('refuses one token more with TOO_MANY_TOKENS, naming the limit and the fix', () => {
    expect(refusal(document(99))).toEqual({
      message:
        'The document has more than 100 tokens, the most the gateway parses. Send a smaller document: fewer fields and aliases, or split it into several requests.',
      extensions: { code: 'TOO_MANY_TOKENS' },
    });
  });

  it('stops at the limit: a document broken after it is refused for its size, not for the syntax error', () => {
    const broken = document(10_000, ' ) ( $');
    expect(refusal(document(10, ' ) ( $'))?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    expect(refusal(broken)?.extensions?.['code']).toBe('TOO_MANY_TOKENS');
  });
});
