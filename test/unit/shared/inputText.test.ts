import { parse } from 'graphql';
import type { DocumentNode } from 'graphql';
import {
  findInvalidChar,
  findInvalidText,
  findInvalidTextInDocument,
  invalidTextError,
  invalidTextPlugin,
} from '../../../platform/inputText';

describe('Input text: NUL and unpaired surrogates, found in one pass', () => {
  it.each([
    ['a NUL', 'ab\u0000c', { problem: 'NUL', index: 2 }],
    ['a high surrogate at the end', 'ab\ud800', { problem: 'LONE_SURROGATE', index: 2 }],
    ['a high surrogate before a letter', '\ud83dx', { problem: 'LONE_SURROGATE', index: 0 }],
    ['a low surrogate alone', 'a\ude00', { problem: 'LONE_SURROGATE', index: 1 }],
    ['two high surrogates', '\ud83d\ud83d\ude00', { problem: 'LONE_SURROGATE', index: 0 }],
  ])('finds %s', (_what, text, expected) => {
    expect(findInvalidChar(text)).toEqual(expected);
  });

  it.each([
    ['an emoji (a surrogate pair)', 'Danke 😀 \ud83d\ude00'],
    ['tabs, newlines and other control characters PostgreSQL stores', 'a\tb\nc\rd\u0001e\u007f'],
    ['umlauts and CJK', 'Grüße 你好'],
    ['nothing', ''],
  ])('passes %s', (_what, text) => {
    expect(findInvalidChar(text)).toBeUndefined();
  });

  it('names the path to the bad string in variables: keys, list indexes, and keys themselves', () => {
    expect(findInvalidText({ input: { tags: ['ok', 'b\u0000'] } })).toEqual({
      problem: 'NUL',
      path: ['input', 'tags', 1],
      index: 1,
      codeUnit: 0,
    });
    expect(findInvalidText({ r: [{ 'id\ud800': 1 }] })).toMatchObject({ path: ['r', 0, 'id\ud800'], index: 2 });
    expect(findInvalidText({ a: 1, b: true, c: null, d: [1.5, { e: 'fine' }] })).toBeUndefined();
    expect(findInvalidText('\u0000')).toMatchObject({ path: [], problem: 'NUL' });
  });

  it('walks 200,000 levels of nesting without overflowing the stack, and names a path of bounded length', () => {
    let deep: unknown = 'x\u0000';
    for (let level = 0; level < 200_000; level++) deep = [deep];
    const error = invalidTextError(undefined, { d: deep });
    expect(error?.extensions['argumentName']).toMatch(/^\$d(?:\[0\])+\[?…$/);
    expect(String(error?.extensions['argumentName']).length).toBeLessThanOrEqual(121);
  });

  it('finds NUL in string and block string literals of a document, with field, argument and input field', () => {
    const document = parse('mutation { a: openTicket(input: { subject: "ok", body: """x\u0000""" }) { id } }');
    expect(findInvalidTextInDocument(document)).toMatchObject({ path: ['a', 'input', 'body'], problem: 'NUL' });
    const escaped = parse('query ($v: String = "\\u0000") { customers(after: $v) { totalCount } }');
    expect(findInvalidTextInDocument(escaped)).toMatchObject({ path: ['$v'], problem: 'NUL' });
  });

  it('answers BAD_USER_INPUT with status 400, naming the argument and the fix', () => {
    const error = invalidTextError(undefined, { input: { body: 'a\u0000' } });
    expect(error?.message).toBe(
      'Variable $input.body contains a NUL character (U+0000) at position 1, which text may not contain. Remove it (or replace it with a space) and send the request again.',
    );
    expect(error?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: '$input.body',
      problem: 'NUL',
      http: { status: 400 },
    });
    expect(invalidTextError(parse('{ customers { totalCount } }'), { v: 'fine' })).toBeUndefined();
  });

  it('finds a NUL after a megabyte of text, and calls a value over maxLength too long without reading it', () => {
    const text = 'a'.repeat(1_000_000);
    expect(findInvalidText({ text: `${text}\u0000` })).toMatchObject({ index: 1_000_000, problem: 'NUL' });
    expect(findInvalidText({ input: { text: `${text}\u0000` } }, 16_384)).toMatchObject({
      path: ['input', 'text'],
      problem: 'TOO_LONG',
      index: 16_384,
    });
    expect(invalidTextError(undefined, { v: text }, 16_384)?.extensions).toMatchObject({
      code: 'STRING_TOO_LONG',
      argumentName: '$v',
      maxLength: 16_384,
    });
  });

  it('refuses a document with a NUL literal on every request that sends it (its walk is remembered)', async () => {
    const plugin = invalidTextPlugin({ maxStringLength: 100 });
    const bad = parse('{ customerByEmail(email: "a\\u0000@b.de") { id } }');
    const good = parse('{ customerByEmail(email: "a@b.de") { id } }');
    const resolve = async (document: DocumentNode, variables: Record<string, unknown> = {}) => {
      const listener = await plugin.requestDidStart?.({} as never);
      return listener?.didResolveOperation?.({ document, request: { variables } } as never);
    };
    for (let request = 0; request < 2; request++) {
      await expect(resolve(bad)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', problem: 'NUL' } });
      await expect(resolve(good)).resolves.toBeUndefined();
      await expect(resolve(good, { v: 'x'.repeat(101) })).rejects.toMatchObject({
        extensions: { code: 'STRING_TOO_LONG' },
      });
    }
  });
});
